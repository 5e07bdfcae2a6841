package dev.perfscope.bench;

import dev.perfscope.advice.Advice;
import dev.perfscope.advice.SplitQuality;
import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.history.HistorySettings;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileHistory;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Member;
import dev.perfscope.model.Plan;
import dev.perfscope.model.Recommendation;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores the split plans for files their maintainers split, against where the maintainers put each member.
 * Usage: RealSplitBench CASES CACHE TRUTH_DIR [--truth | --record-previous]. CASES lists the cases (see
 * {@code bench/real-splits/cases.tsv}); CACHE holds each case's file before the split in {@code <id>/before} and
 * the files after it in {@code <id>/after}; TRUTH_DIR holds {@code <id>.tsv}, each member of the file before and
 * the file it went to. {@code --truth} rewrites the truth files from CACHE; {@code --record-previous} keeps this
 * run's figures in {@code previous.tsv}, the "previous plan" column of later runs.
 */
public final class RealSplitBench {
  private static final int RANDOM_SEEDS = 100;

  record Case(String id, String repository, String commit, String before, List<String> afters) {
    String language() {
      return before.endsWith(".py") ? "Python" : "Java";
    }

    String glob() {
      return before.endsWith(".py") ? "**/*.py" : "**/*.java";
    }
  }

  public static void main(String[] args) throws IOException {
    List<Case> cases = cases(Path.of(args[0]));
    Path cache = Path.of(args[1]);
    Path truthDir = Path.of(args[2]);
    String mode = args.length > 3 ? args[3] : "";
    if (mode.equals("--truth")) {
      for (Case c : cases) {
        Files.writeString(truthDir.resolve(c.id() + ".tsv"), TruthFile.write(c, truth(c, cache)));
        System.out.println("wrote " + c.id() + ".tsv");
      }
      return;
    }
    Map<String, String[]> previous = previous(truthDir.resolve("previous.tsv"));
    List<String> out = new ArrayList<>();
    out.add("| Case | Lang | Lines | Scored | Files after | Commits before | Plan parts | Previous plan F1 "
        + "| Plan without history F1 | Plan P / R / F1 | Plan MoJoFM | Source order F1 (plan's parts) "
        + "| Source order F1 (files after) | Random F1 | Random MoJoFM |");
    out.add("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|");
    List<String> record = new ArrayList<>();
    double[] sums = new double[6];
    int beaten = 0;
    int previousCases = 0; // cases added after the previous plan was recorded have no figure of it
    for (Case c : cases) {
      Map<String, String> truth = TruthFile.read(truthDir.resolve(c.id() + ".tsv"));
      FileMetrics file = analyze(cache.resolve(c.id()).resolve("before"), c.glob()).files().get(0);
      Recommendation split = planWithHistory(cache.resolve(c.id()).resolve("repo"), c.before(), c.glob());
      List<List<String>> plan = parts(file, split);
      Recommendation splitWithout = plan(cache.resolve(c.id()).resolve("before"), c.glob(), file.path());
      Map<String, Integer> truthParts = SplitAgreement.labels(truth);
      if (System.getenv("PERF_SPLITS_DETAIL") != null) {
        System.err.println("== " + c.id());
        for (List<String> part : plan) {
          System.err.println("  PART " + part.size());
          part.forEach(m -> System.err.println("    " + m + "\t" + truth.getOrDefault(m, "-").replaceAll(".*/", "")));
        }
      }
      Map<String, Integer> planParts = SplitAgreement.labels(plan, truthParts.keySet());
      int truthCount = new TreeSet<>(truth.values()).size();
      SplitAgreement.Score score = SplitAgreement.pairwise(planParts, truthParts);
      double withoutF1 = SplitAgreement.pairwise(SplitAgreement.labels(parts(file, splitWithout), truthParts.keySet()),
          truthParts).f1();
      double mojo = SplitAgreement.mojoFm(planParts, truthParts);
      Map<String, Integer> order = SplitAgreement.labels(
          SplitQuality.bySourceOrder(file.structure().members(), plan.size()), truthParts.keySet());
      Map<String, Integer> orderTruth = SplitAgreement.labels(
          SplitQuality.bySourceOrder(file.structure().members(), truthCount), truthParts.keySet());
      double orderF1 = SplitAgreement.pairwise(order, truthParts).f1();
      double orderTruthF1 = SplitAgreement.pairwise(orderTruth, truthParts).f1();
      double[] random = SplitAgreement.random(truthParts, plan.size(), RANDOM_SEEDS);
      String[] before = previous.get(c.id());
      sums[0] += score.f1();
      sums[1] += orderF1;
      sums[2] += orderTruthF1;
      sums[3] += random[0];
      sums[4] += before == null ? 0 : Double.parseDouble(before[1]);
      previousCases += before == null ? 0 : 1;
      sums[5] += withoutF1;
      beaten += score.f1() > orderF1 ? 1 : 0;
      out.add(String.format(Locale.ROOT, "| %s | %s | %,d | %d | %d | %d | %s | %s | %.2f | %.2f / %.2f / %.2f | %.0f "
              + "| %.2f | %.2f | %.2f | %.0f |",
          c.id(), c.language(), file.lines(), truthParts.size(), truthCount, commits(cache.resolve(c.id()), c),
          split == null ? "no plan" : String.valueOf(plan.size()), before == null ? "-" : before[1], withoutF1,
          score.precision(), score.recall(), score.f1(), mojo, orderF1, orderTruthF1, random[0], random[1]));
      record.add(String.format(Locale.ROOT, "%s\t%.2f\t%.0f", c.id(), score.f1(), mojo));
    }
    int n = cases.size();
    out.add("");
    out.add(String.format(Locale.ROOT, "Mean pairwise F1 over %d cases: plan %.2f (without history %.2f), source order "
            + "into the plan's parts %.2f, into the files after %.2f, random %.2f; the plan beats source order into its "
            + "parts on %d of %d.", n, sums[0] / n, sums[5] / n, sums[1] / n, sums[2] / n, sums[3] / n, beaten, n));
    if (previousCases > 0) {
      out.add(String.format(Locale.ROOT, "On the %d cases with a figure for the previous plan: plan %.2f, previous plan "
          + "%.2f.", previousCases, meanWithPrevious(record, previous), sums[4] / previousCases));
    }
    out.forEach(System.out::println);
    if (mode.equals("--record-previous")) {
      Files.writeString(truthDir.resolve("previous.tsv"), "# case\tF1\tMoJoFM (of the plan recorded with --record-previous: "
          + "the previous plan)\n" + String.join("\n", record) + "\n");
    }
  }

  /** This run's mean F1 over the cases {@code previous} has a figure for ({@code record}: id, F1, MoJoFM). */
  private static double meanWithPrevious(List<String> record, Map<String, String[]> previous) {
    return record.stream().map(line -> line.split("\t")).filter(f -> previous.containsKey(f[0]))
        .mapToDouble(f -> Double.parseDouble(f[1])).average().orElse(0);
  }

  static List<Case> cases(Path file) throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      cases.add(new Case(f[0], f[1], f[2], f[3], List.of(f[4].split(" "))));
    }
    return cases;
  }

  private static Map<String, String[]> previous(Path file) throws IOException {
    Map<String, String[]> previous = new HashMap<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] f = line.split("\t");
          previous.put(f[0], f);
        }
      }
    }
    return previous;
  }

  /**
   * Each member of the file before the split and the file after it that defines the same simple name (a member,
   * or a type); "(deleted)" when none does, "(ambiguous)" when several do.
   */
  static Map<String, String> truth(Case c, Path cache) {
    AnalysisResult after = analyze(cache.resolve(c.id()).resolve("after"), c.glob());
    Map<String, Set<String>> filesOf = new HashMap<>();
    for (FileMetrics f : after.files()) {
      if (!c.afters().contains(f.path())) {
        continue;
      }
      for (Member m : f.structure().members()) {
        filesOf.computeIfAbsent(simple(m.name()), k -> new TreeSet<>()).add(f.path());
        if (!m.owner().isEmpty()) {
          filesOf.computeIfAbsent(simple(m.owner()), k -> new TreeSet<>()).add(f.path());
        }
      }
      f.structure().declares().forEach(type -> filesOf.computeIfAbsent(simple(type), k -> new TreeSet<>()).add(f.path()));
    }
    FileMetrics before = analyze(cache.resolve(c.id()).resolve("before"), c.glob()).files().get(0);
    Map<String, String> truth = new LinkedHashMap<>();
    for (Member m : before.structure().members()) {
      Set<String> files = filesOf.getOrDefault(simple(m.name()), Set.of());
      truth.put(m.name(), files.isEmpty() ? TruthFile.DELETED : files.size() > 1 ? TruthFile.AMBIGUOUS
          : files.iterator().next());
    }
    return truth;
  }

  /** {@code parse} for {@code Parser.parse@120}, {@code Entry} for {@code a.b.Map.Entry}. */
  static String simple(String name) {
    String last = name.substring(name.lastIndexOf('.') + 1);
    int at = last.indexOf('@');
    return at < 0 ? last : last.substring(0, at);
  }

  /** The plan's parts, or all members in one part when there is no plan. */
  private static List<List<String>> parts(FileMetrics file, Recommendation split) {
    return split == null ? List.of(file.structure().members().stream().map(Member::name).toList())
        : split.plan().parts().stream().map(Plan.Part::members).toList();
  }

  /**
   * The split plan for {@code path} in {@code checkout}, the parent of the split commit with the history before
   * it: the whole analysis of the project's files of its language ({@code glob}), history, change coupling and
   * the other files' uses of its members included.
   */
  private static Recommendation planWithHistory(Path checkout, String path, String glob) {
    AnalysisRequest request = new AnalysisRequest(checkout, List.of(Path.of(".")), List.of(glob), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults()).withExecution(1, null)
        .withHistory(new HistorySettings(true, HistorySettings.DEFAULT_DAYS, null));
    return new Analysis().run(request).recommendations().stream()
        .filter(r -> r.kind().equals("split-file") && r.path().equals(path)).findFirst().orElse(null);
  }

  /** How many commits in the history window before the split changed the file. */
  private static int commits(Path caseDir, Case c) {
    AnalysisRequest request = new AnalysisRequest(caseDir.resolve("repo"), List.of(Path.of(".")), List.of(c.before()),
        List.of(), StandardCharsets.UTF_8, Thresholds.defaults()).withExecution(1, null)
        .withHistory(new HistorySettings(true, HistorySettings.DEFAULT_DAYS, null));
    FileHistory history = new Analysis().run(request).files().get(0).history();
    return history == null ? 0 : history.commits();
  }

  private static AnalysisResult analyze(Path tree, String glob) {
    AnalysisRequest request = new AnalysisRequest(tree, List.of(Path.of(".")), List.of(glob), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults()).withExecution(1, null);
    return new Analysis().run(request);
  }

  private static Recommendation plan(Path tree, String glob, String path) {
    AnalysisResult result = analyze(tree, glob);
    return new Advice(Thresholds.defaults()).recommend(result.files(), result.findings()).stream()
        .filter(r -> r.kind().equals("split-file") && r.path().equals(path)).findFirst().orElse(null);
  }

  /** The truth files: a header naming the case, then one member and its file per line. */
  static final class TruthFile {
    static final String DELETED = "(deleted)";
    static final String AMBIGUOUS = "(ambiguous)";

    private TruthFile() {}

    static String write(Case c, Map<String, String> truth) {
      StringBuilder text = new StringBuilder();
      text.append("# repository\t").append(c.repository()).append('\n');
      text.append("# commit\t").append(c.commit()).append(" (the file before the split is at its parent)\n");
      text.append("# file\t").append(c.before()).append('\n');
      text.append("# member\tfile after the split, ").append(DELETED).append(" or ").append(AMBIGUOUS).append('\n');
      truth.forEach((member, file) -> text.append(member).append('\t').append(file).append('\n'));
      return text.toString();
    }

    /** The members placed in one file after the split; deleted and ambiguous ones left out. */
    static Map<String, String> read(Path file) {
      try {
        Map<String, String> truth = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
          String[] f = line.split("\t");
          if (!line.startsWith("#") && f.length == 2 && !f[1].startsWith("(")) {
            truth.put(f[0], f[1]);
          }
        }
        return truth;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
