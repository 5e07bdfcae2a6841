package dev.perfscope.report;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.BaselineSummary;
import dev.perfscope.model.Counts;
import dev.perfscope.model.FileKind;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Health;
import dev.perfscope.model.ModuleHealth;
import dev.perfscope.model.Printable;
import dev.perfscope.model.Recommendation;
import dev.perfscope.model.Summary;
import dev.perfscope.threshold.Gate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The summary printed in a build log: totals, the largest files, the most complex functions, the hotspots (or
 * why the history cannot rank them), problems, findings and the top recommendations, both in the order of
 * what to do first.
 */
public final class ConsoleSummary {
  /** How a line the build should log as a warning starts; the build log shows it without this prefix. */
  public static final String WARNING = "Warning: ";

  private static final int TOP = 10;
  private static final int MAX_FINDINGS = 20;
  private static final int TOP_RECOMMENDATIONS = 5;

  private final boolean listsFindings;

  /**
   * A summary that lists the worst findings unless {@code listsFindings} is false: when the gate fails, its
   * build error lists them, and a finding is not printed twice.
   */
  public ConsoleSummary(boolean listsFindings) {
    this.listsFindings = listsFindings;
  }

  public ConsoleSummary() {
    this(true);
  }

  public List<String> lines(AnalysisResult result) {
    List<String> out = new ArrayList<>();
    Summary s = result.summary();
    out.add("Perfscope " + result.tool().version() + ": " + FileKindLines.totals(s));
    out.add(health(result));
    String skipped = FileKindLines.skipped(result);
    out.add("Files by kind: " + FileKindLines.kinds(s) + (skipped.isEmpty() ? "." : "; " + skipped + "."));
    out.add("Findings: " + FileKindLines.findings(s) + ". Parse errors: " + Counts.number(s.parseErrors()) + ".");
    HistoryLines history = new HistoryLines(TOP);
    history.scope(result, out);
    largestFiles(result, out);
    mostComplexFunctions(result, out);
    history.hotspots(result, out);
    parseErrors(result, out);
    skippedSources(result, out);
    if (listsFindings) {
      findings(result, out);
    }
    recommendations(result, out);
    suppressed(result, out);
    baseline(result.baseline(), out);
    return out.stream().map(Printable::of).toList(); // a name from the tree cannot break a line of the log
  }

  /** The overall score, and with several modules the weakest and the strongest. */
  private static String health(AnalysisResult result) {
    Health health = result.health();
    String line = "Health score: " + health.outOf100();
    List<ModuleHealth> modules = ModuleHealth.of(result.files());
    if (modules.size() > 1) {
      ModuleHealth worst = modules.get(0);
      ModuleHealth best = modules.get(modules.size() - 1);
      line += "; weakest module " + worst.name() + " " + worst.health().graded() + ", strongest " + best.name() + " "
          + best.health().graded();
    }
    return line;
  }

  /** The largest source files: tests, documentation and data are counted apart and are not held to limits. */
  private static void largestFiles(AnalysisResult result, List<String> out) {
    List<FileMetrics> largest = result.files().stream().filter(f -> f.kind() == FileKind.SOURCE)
        .sorted(Comparator.comparingInt(FileMetrics::lines).reversed().thenComparing(FileMetrics::path))
        .limit(TOP).toList();
    if (!largest.isEmpty()) {
      out.add("Largest files (lines, code lines):");
      largest.forEach(f -> out.add(String.format(Locale.ROOT, "  %7s %7s  %s", Counts.number(f.lines()),
          Counts.number(f.code()), f.path())));
    }
  }

  private record Located(String path, FunctionMetrics function) {}

  /** The most complex functions of source files: tests and generated code are measured, not held to limits. */
  private static void mostComplexFunctions(AnalysisResult result, List<String> out) {
    List<Located> complex = result.files().stream().filter(f -> f.kind() == FileKind.SOURCE)
        .flatMap(f -> f.functions().stream().map(fn -> new Located(f.path(), fn)))
        .sorted(Comparator.comparingInt((Located l) -> l.function().cyclomatic()).reversed()
            .thenComparing(Comparator.comparingInt((Located l) -> l.function().cognitive()).reversed())
            .thenComparing(Located::path))
        .limit(TOP).toList();
    if (!complex.isEmpty()) {
      out.add("Most complex functions (cyclomatic, cognitive, lines):");
      complex.forEach(l -> out.add(String.format(Locale.ROOT, "  %4s %4s %5s  %s:%d %s",
          Counts.number(l.function().cyclomatic()), Counts.number(l.function().cognitive()),
          Counts.number(l.function().lines()), l.path(), l.function().line(), l.function().name())));
    }
  }

  /** The skipped files named as source: a binary {@code .py} is news, a binary {@code .png} is not. */
  private static void skippedSources(AnalysisResult result, List<String> out) {
    result.skipped().stream().filter(f -> FileKind.of(f.path()).isCode()).limit(TOP)
        .forEach(f -> out.add("Skipped: " + f.path() + ": " + f.reason() + " (" + f.detail() + ")"));
  }

  private static void parseErrors(AnalysisResult result, List<String> out) {
    result.files().stream().filter(f -> f.parseError() != null).forEach(f -> out.add(String.format(Locale.ROOT,
        "Parse error: %s:%d:%d: %s", f.path(), f.parseError().line(), f.parseError().column(), f.parseError().message())));
    result.files().stream().filter(f -> f.decodeError() != null).forEach(f -> out.add(String.format(Locale.ROOT,
        "Encoding problem: %s:%d:%d: %s", f.path(), f.decodeError().line(), f.decodeError().column(),
        f.decodeError().message())));
    result.files().stream().filter(f -> f.note() != null)
        .forEach(f -> out.add("Not fully measured: " + f.path() + ": " + f.note().message()));
  }

  private static void findings(AnalysisResult result, List<String> out) {
    List<Finding> findings = result.findings();
    if (!findings.isEmpty()) {
      out.add("Findings, what to fix first:");
    }
    findings.stream().limit(MAX_FINDINGS)
        .forEach(f -> out.add("  [" + f.severity().id() + "] " + Gate.describe(f)));
    if (findings.size() > MAX_FINDINGS) {
      out.add("  ... and " + Counts.number(findings.size() - MAX_FINDINGS) + " more in the JSON report");
    }
  }

  private static void recommendations(AnalysisResult result, List<String> out) {
    List<Recommendation> all = result.recommendations();
    if (all.isEmpty()) {
      return;
    }
    out.add("What to do first" + (all.size() > TOP_RECOMMENDATIONS ? " (top " + TOP_RECOMMENDATIONS + " of "
        + Counts.number(all.size()) + " recommendations)" : "") + ", by impact:");
    all.stream().limit(TOP_RECOMMENDATIONS).forEach(r -> out.add(String.format(Locale.ROOT,
        "  %2d. %,9.1f [%s] %s: %s -- %s", r.rank(), r.impact(), r.priority(), r.path(), r.title(), r.expected())));
  }

  private static void suppressed(AnalysisResult result, List<String> out) {
    if (!result.suppressed().isEmpty()) {
      out.add("Suppressed findings: " + Counts.number(result.suppressed().size()));
      result.suppressed().forEach(s -> out.add("  [suppressed] " + Gate.describe(s.finding()) + " -- " + s.reason()));
    }
  }

  private static void baseline(BaselineSummary baseline, List<String> out) {
    if (baseline == null) {
      return;
    }
    out.add("Baseline " + baseline.file() + ": " + FileKindLines.baseline(baseline) + ".");
    baseline.improved().forEach(c -> out.add("  improved: " + where(c) + " " + c.was() + " -> " + c.now()));
    baseline.resolved().forEach(c -> out.add("  resolved: " + where(c) + " was " + c.was()));
    if (baseline.canBeTightened()) {
      out.add("  Run perf:baseline to lock the improvement in (and commit " + baseline.file() + ").");
    }
  }

  private static String where(BaselineSummary.Change change) {
    return change.path() + (change.function() == null ? "" : " " + change.function()) + " " + change.rule();
  }
}
