package dev.perfscope.bench;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.history.HistorySettings;
import dev.perfscope.history.ProjectHistory;
import dev.perfscope.lang.Languages;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.sources.SourceWalker;
import dev.perfscope.threshold.Thresholds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures what history costs next to analysis on a synthetic repository. Usage: {@code HistoryBench <dir>
 * [commits] [files] [runs]}; the repository is built in {@code dir} unless it is already there. Prints the
 * median wall time of the analysis without history and with it, over {@code runs} runs after a warm-up.
 */
public final class HistoryBench {
  private HistoryBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int commits = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int files = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    if (!Files.isDirectory(dir.resolve(".git"))) {
      long start = System.nanoTime();
      SyntheticRepo.build(dir, files, commits);
      System.out.printf("built %d commits over %d files in %.1f s%n", commits, files, seconds(start));
    }
    AnalysisRequest off = request(dir, HistorySettings.OFF);
    AnalysisRequest on = request(dir, new HistorySettings(true, HistorySettings.DEFAULT_DAYS, null));
    AnalysisResult result = new Analysis().run(on); // warm-up, and a look at what was measured
    new Analysis().run(off);
    System.out.printf("%d files, %d lines, %d hotspots, top: %s%n", result.summary().files(),
        result.summary().lines(), result.hotspots().size(), result.hotspots().get(0));
    List<Double> analysis = new ArrayList<>();
    List<Double> withHistory = new ArrayList<>();
    List<Double> historyAlone = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      analysis.add(time(() -> new Analysis().run(off)));
      withHistory.add(time(() -> new Analysis().run(on)));
      historyAlone.add(time(() -> historyOnly(on)));
    }
    double a = median(analysis);
    double h = median(withHistory);
    double alone = median(historyAlone);
    System.out.printf("median of %d runs: analysis %.2f s; analysis with history %.2f s (+%.0f%%); history walk "
        + "alone %.2f s (%.0f%% of analysis)%n", runs, a, h, 100 * (h - a) / a, alone, 100 * alone / a);
    System.out.printf("runs: analysis %s, with history %s, history alone %s%n", analysis, withHistory, historyAlone);
  }

  /** The history walk by itself, one thread: what it would cost if it did not run beside the analysis. */
  private static void historyOnly(AnalysisRequest request) {
    try (ProjectHistory history = ProjectHistory.open(request.root(), request.history())) {
      history.start(new SourceWalker(request.root(), List.of(), List.of()).walk(request.sourceRoots()));
      history.annotate(AnalysisResult.of(new AnalysisResult.Tool("bench", "0"), request.root().toString(),
          List.of(), List.of()), Languages.standard(), StandardCharsets.UTF_8);
    }
  }

  private static AnalysisRequest request(Path dir, HistorySettings history) {
    return new AnalysisRequest(dir, List.of(Path.of("src/main/java")), List.of(), List.of(), StandardCharsets.UTF_8,
        Thresholds.defaults(), history);
  }

  private static double time(Runnable task) {
    long start = System.nanoTime();
    task.run();
    return Math.round(seconds(start) * 100) / 100.0;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
