package dev.perfscope.bench;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.history.HistorySettings;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.ImpactFactors;
import dev.perfscope.model.Recommendation;
import dev.perfscope.threshold.Thresholds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first recommendations of a tree, what to do first, with the factors of their impact, as a Markdown
 * table. Usage: RankingBench TREE [TOP] [GLOB] [PATH...] (GLOB defaults to
 * {@code **}{@code /*.java}; history is read when the tree is in git); each PATH's first two recommendations,
 * and its split, are listed below the table, wherever they rank.
 */
public final class RankingBench {
  public static void main(String[] args) {
    Path tree = Path.of(args[0]);
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    String glob = args.length > 2 ? args[2] : "**/*.java";
    AnalysisRequest request = new AnalysisRequest(tree, List.of(Path.of(".")), List.of(glob), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults()).withExecution(2, null)
        .withHistory(new HistorySettings(true, HistorySettings.DEFAULT_DAYS, null));
    AnalysisResult result = new Analysis().run(request);
    List<String> out = new ArrayList<>();
    out.add("| Rank | Impact | Excess | Lines | Commits | Fan-in | Priority | Recommendation |");
    out.add("|---:|---:|---:|---:|---:|---:|---|---|");
    result.recommendations().subList(0, Math.min(top, result.recommendations().size()))
        .forEach(r -> out.add(row(r)));
    List<String> asked = List.of(args).subList(Math.min(3, args.length), args.length);
    if (!asked.isEmpty()) {
      out.add("| | | | | | | | |");
      for (String path : asked) {
        List<Recommendation> own = result.recommendations().stream().filter(r -> r.path().equals(path)).toList();
        own.stream().filter(r -> own.indexOf(r) < 2 || r.kind().equals("split-file")).forEach(r -> out.add(row(r)));
      }
    }
    out.add("");
    out.add(String.format(Locale.ROOT, "%,d files, %,d findings, %,d recommendations; %s.",
        result.files().size(), result.findings().size(), result.recommendations().size(), history(result)));
    out.forEach(System.out::println);
  }

  private static String row(Recommendation r) {
    ImpactFactors f = r.impactFactors();
    return String.format(Locale.ROOT, "| %d | %,.1f | %.2f | %,d | %d | %d | %s | %s: %s |", r.rank(), r.impact(),
        f.excess(), f.lines(), f.commits(), f.fanIn(), r.priority(), r.path(), r.title());
  }

  private static String history(AnalysisResult result) {
    if (result.history() == null) {
      return "no git history";
    }
    return result.history().sufficient() ? result.history().commits() + " commits in the window"
        : "history not ranked: " + result.history().reason();
  }
}
