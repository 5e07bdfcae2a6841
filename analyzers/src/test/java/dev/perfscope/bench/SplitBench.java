package dev.perfscope.bench;

import dev.perfscope.advice.Advice;
import dev.perfscope.advice.SplitQuality;
import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.Block;
import dev.perfscope.model.FileKind;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Member;
import dev.perfscope.model.Plan;
import dev.perfscope.model.Recommendation;
import dev.perfscope.threshold.Thresholds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The split plans for the largest source files of a tree (tests and generated code get no advice), as a Markdown table: parts, largest part, whether every
 * member is placed once and every part fits, and the plan's cross-part edges beside a split by source order
 * into as many parts, and the names of the new files. Usage: SplitBench TREE [LARGEST] [GLOB] (GLOB defaults to {@code **}{@code /*.java}).
 */
public final class SplitBench {
  public static void main(String[] args) {
    Path tree = Path.of(args[0]);
    int largest = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    String glob = args.length > 2 ? args[2] : "**/*.java";
    Thresholds thresholds = Thresholds.defaults();
    AnalysisRequest request = new AnalysisRequest(tree, List.of(Path.of(".")), List.of(glob), List.of(),
        StandardCharsets.UTF_8, thresholds).withExecution(2, null);
    AnalysisResult result = new Analysis().run(request);
    long t0 = System.nanoTime();
    List<Recommendation> advice = new Advice(thresholds).recommend(result.files(), result.findings());
    long adviceMillis = (System.nanoTime() - t0) / 1_000_000;
    Map<String, Recommendation> splits = advice.stream().filter(r -> r.kind().equals("split-file"))
        .collect(Collectors.toMap(Recommendation::path, r -> r));
    int cap = thresholds.limit(dev.perfscope.threshold.Rule.FILE_LINES).warning();
    List<String> out = new ArrayList<>();
    out.add("| File | Lines | Members | Parts | Largest part | Placed once | Parts fit | Cross edges: plan | by source order "
        + "| New files |");
    out.add("|---|---:|---:|---:|---:|---|---|---:|---:|---|");
    int[] totals = new int[5];
    List<FileMetrics> biggest = result.files().stream().filter(f -> f.kind() == FileKind.SOURCE && f.lines() > cap)
        .sorted(Comparator.comparingInt(FileMetrics::lines).reversed()).limit(largest).toList();
    for (FileMetrics file : biggest) {
      out.add(row(file, splits.get(file.path()), cap, totals));
    }
    out.add("");
    out.add(String.format(Locale.ROOT, "Of the %d largest source files, %d got a split plan; the plans cut %d edges where "
            + "source-order splits into as many parts cut %d; the plan cut fewer in %d of %d.",
        biggest.size(), totals[0], totals[1], totals[2], totals[3], totals[0]));
    Map<String, Long> kinds = new TreeMap<>(advice.stream().collect(
        Collectors.groupingBy(Recommendation::kind, Collectors.counting())));
    out.add(String.format(Locale.ROOT, "Whole tree: %,d files, %,d findings, recommendations %s; advice took %,d ms.",
        result.files().size(), result.findings().size(), kinds, adviceMillis));
    out.add(extractions(result, advice));
    out.forEach(System.out::println);
  }

  /** How many extraction plans would bring their function within the lines and cognitive thresholds. */
  private static String extractions(AnalysisResult result, List<Recommendation> advice) {
    Map<String, FileMetrics> byPath = result.files().stream().collect(Collectors.toMap(FileMetrics::path, f -> f));
    int plans = 0;
    int within = 0;
    int blocks = 0;
    for (Recommendation r : advice) {
      if (!r.kind().equals("extract-function")) {
        continue;
      }
      Block first = r.plan().blocks().get(0);
      FunctionMetrics function = byPath.get(r.path()).functions().stream()
          .filter(f -> f.name().equals(first.function()) && f.line() <= first.startLine()
              && first.endLine() <= f.endLine()).findFirst().orElseThrow();
      int lines = function.lines() - r.plan().blocks().stream().mapToInt(b -> b.lines() - 1).sum();
      int cognitive = function.cognitive() - r.plan().blocks().stream().mapToInt(Block::cognitive).sum();
      plans++;
      blocks += r.plan().blocks().size();
      within += lines <= 75 && cognitive <= 15 ? 1 : 0;
    }
    return String.format(Locale.ROOT, "Extractions: %,d plans with %,d blocks; %,d (%.0f%%) would bring their function "
        + "within 75 lines and cognitive complexity 15.", plans, blocks, within, 100.0 * within / Math.max(1, plans));
  }

  private static String row(FileMetrics file, Recommendation split, int cap, int[] totals) {
    List<Member> members = file.structure().members();
    String name = file.path();
    if (split == null) {
      return String.format(Locale.ROOT, "| %s | %,d | %d | - | no cohesive split | | | | | |", name, file.lines(),
          members.size());
    }
    List<Plan.Part> parts = split.plan().parts();
    List<String> placed = parts.stream().flatMap(p -> p.members().stream()).sorted().toList();
    boolean once = placed.equals(members.stream().map(Member::name).sorted().toList());
    boolean fit = parts.stream().allMatch(p -> p.lines() <= cap
        || p.members().size() == 1);
    int planCut = split.plan().crossEdges().size();
    int orderCut = SplitQuality.crossEdges(file.structure().edges(),
        SplitQuality.bySourceOrder(members, parts.size()));
    totals[0]++;
    totals[1] += planCut;
    totals[2] += orderCut;
    totals[3] += planCut < orderCut ? 1 : 0;
    int biggest = parts.stream().mapToInt(Plan.Part::lines).max().orElse(0);
    String names = parts.stream().map(Plan.Part::name).filter(n -> !n.equals(split.plan().staysBehind()))
        .map(n -> n.substring(n.lastIndexOf('/') + 1)).collect(Collectors.joining(" "));
    return String.format(Locale.ROOT, "| %s | %,d | %d | %d | %,d | %s | %s | %d | %d | %s |", name, file.lines(),
        members.size(), parts.size(), biggest, once ? "yes" : "NO", fit ? "yes" : "no", planCut, orderCut, names);
  }
}
