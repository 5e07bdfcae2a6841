package dev.perfscope.bench;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.history.HistorySettings;
import dev.perfscope.history.ProjectHistory;
import dev.perfscope.lang.registry.Languages;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.sources.SourceWalker;
import dev.perfscope.threshold.Thresholds;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures what history costs next to analysis on a synthetic repository. Usage: {@code HistoryBench <dir>
 * [commits] [files] [runs] [methods per file] [days from first to last commit] [module folder]}; the
 * analysis covers {@code src/main/java}, or only the module folder when one is given (as a module of a
 * multi-module build would). The repository is built in {@code dir} unless it is already there. Prints the
 * median wall and cpu times of the analysis without history, with it, and of the history walk alone (on half
 * the processors as in an analysis, on all of them, and with every commit already in the history cache), over
 * {@code runs} runs after a warm-up.
 */
public final class HistoryBench {
  private HistoryBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int commits = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int files = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    int methods = args.length > 4 ? Integer.parseInt(args[4]) : 20;
    int spanDays = args.length > 5 ? Integer.parseInt(args[5]) : 300;
    String module = args.length > 6 ? args[6] : "";
    if (!Files.isDirectory(dir.resolve(".git"))) {
      long start = System.nanoTime();
      SyntheticRepo.build(dir, files, commits, methods, spanDays);
      System.out.printf("built %d commits over %d files in %.1f s%n", commits, files, seconds(start));
    }
    Path root = module.isEmpty() ? dir.resolve("src/main/java") : dir.resolve(module);
    AnalysisRequest off = request(root, HistorySettings.OFF);
    AnalysisRequest on = request(root, new HistorySettings(true, HistorySettings.DEFAULT_DAYS, null));
    AnalysisResult result = new Analysis().run(on); // warm-up, and a look at what was measured
    new Analysis().run(off);
    long inWindow = result.files().stream().filter(f -> f.history() != null).mapToLong(f -> f.history().commits())
        .sum();
    System.out.printf("%d files, %d lines, %d file changes in the %d-day window, %d hotspots, top: %s%n",
        result.summary().files(), result.summary().lines(), inWindow, result.history().days(),
        result.hotspots().size(), result.hotspots().get(0));
    Timings analysis = new Timings();
    Timings withHistory = new Timings();
    Timings historyAlone = new Timings();
    Timings allThreads = new Timings();
    Timings warm = new Timings();
    Path cache = Files.createTempFile("perfscope-history-cache", ".json.gz");
    Files.delete(cache);
    int threads = Math.max(1, on.threads() / 2); // as Analysis reads history
    historyOnly(on, new ProjectHistory.Reading(threads, cache)); // fills the cache
    for (int i = 0; i < runs; i++) {
      analysis.time(() -> new Analysis().run(off));
      withHistory.time(() -> new Analysis().run(on));
      historyAlone.time(() -> historyOnly(on, new ProjectHistory.Reading(threads, null)));
      allThreads.time(() -> historyOnly(on, new ProjectHistory.Reading(on.threads(), null)));
      warm.time(() -> historyOnly(on, new ProjectHistory.Reading(threads, cache)));
    }
    Files.deleteIfExists(cache);
    System.out.printf("median of %d runs, wall (cpu) seconds: analysis %s; analysis with history %s; history walk"
        + " alone %s: %.0f%% of the analysis in wall time, %.0f%% in cpu time%n", runs, analysis, withHistory,
        historyAlone, 100 * historyAlone.wall() / analysis.wall(), 100 * historyAlone.cpu() / analysis.cpu());
    System.out.printf("history walk alone on %d thread(s) %s, on %d %s; with every commit in the history"
        + " cache %s: %.0f%% of the analysis in cpu time%n", threads, historyAlone, on.threads(), allThreads, warm,
        100 * warm.cpu() / analysis.cpu());
    System.out.printf("wall runs: analysis %s, with history %s, history alone %s%n", analysis.walls, withHistory.walls,
        historyAlone.walls);
  }

  /** Wall and process cpu times of repeated runs; cpu time does not count other processes' load. */
  private static final class Timings {
    private static final OperatingSystemMXBean OS =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    final List<Double> walls = new ArrayList<>();
    final List<Double> cpus = new ArrayList<>();

    void time(Runnable task) {
      long cpu = OS.getProcessCpuTime();
      long start = System.nanoTime();
      task.run();
      walls.add(Math.round((System.nanoTime() - start) / 1e7) / 100.0);
      cpus.add(Math.round((OS.getProcessCpuTime() - cpu) / 1e7) / 100.0);
    }

    double wall() {
      return median(walls);
    }

    double cpu() {
      return median(cpus);
    }

    @Override
    public String toString() {
      return String.format("%.2f (%.2f)", wall(), cpu());
    }
  }

  /** The history walk by itself: what it would cost if it did not run beside the analysis. */
  private static void historyOnly(AnalysisRequest request, ProjectHistory.Reading reading) {
    try (ProjectHistory history = ProjectHistory.open(request.root(), request.history(), reading)) {
      history.start(new SourceWalker(request.root(), List.of(), List.of()).walk(request.sourceRoots()));
      history.annotate(AnalysisResult.of(new AnalysisResult.Tool("bench", "0"), request.root().toString(),
          List.of(), List.of()), Languages.standard(), StandardCharsets.UTF_8);
    }
  }

  private static AnalysisRequest request(Path dir, HistorySettings history) {
    return new AnalysisRequest(dir, List.of(Path.of(".")), List.of(), List.of(), StandardCharsets.UTF_8,
        Thresholds.defaults()).withHistory(history);
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
