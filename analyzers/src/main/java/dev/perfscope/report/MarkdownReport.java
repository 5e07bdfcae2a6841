package dev.perfscope.report;

import dev.perfscope.infra.AtomicFiles;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.BaselineSummary;
import dev.perfscope.model.Counts;
import dev.perfscope.model.FileKind;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.ModuleHealth;
import dev.perfscope.model.Summary;
import dev.perfscope.model.Threshold;
import dev.perfscope.threshold.Gate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code perf-report.md}: the executive report a tech lead pastes into a ticket. Health score and totals, then
 * what to fix first (one row per function or file, by impact) with a proposed solution, health by module,
 * large files, hotspots, the recommendations in the same order, thresholds in force; plain text reads too.
 */
public final class MarkdownReport implements ReportWriter {
  public static final String FILE_NAME = "perf-report.md";
  private static final int BOTTLENECKS = 20;
  private static final int SKIPPED = 20;

  @Override
  public String format() {
    return "md";
  }

  @Override
  public Path write(AnalysisResult result, Path outputDirectory) throws IOException {
    Path target = outputDirectory.resolve(FILE_NAME);
    String text = String.join("\n", lines(result)) + "\n";
    AtomicFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    return target;
  }

  public List<String> lines(AnalysisResult result) {
    List<String> out = new ArrayList<>();
    summary(result, out);
    bottlenecks(result, out); // what to fix first comes right after the summary: the first page is what to act on
    new MarkdownHealth(ModuleHealth.of(result.files())).write(out);
    new MarkdownTables(result).largeFiles(out);
    new MarkdownHotspots(result.hotspots()).write(out);
    new MarkdownRecommendations(result.recommendations()).write(out);
    suppressed(result, out);
    skippedFiles(result, out);
    thresholds(result, out);
    out.add("");
    out.add("_Written by Perfscope " + Markdown.text(result.tool().version()) + "._");
    return out;
  }

  private static void summary(AnalysisResult result, List<String> out) {
    Summary s = result.summary();
    out.add("# Perfscope report");
    out.add("");
    out.add("**Health score: " + result.health().outOf100() + "**");
    out.add("");
    out.add("- " + FileKindLines.totals(s));
    out.add("- By kind: " + FileKindLines.kinds(s));
    String skipped = FileKindLines.skipped(result);
    if (!skipped.isEmpty()) {
      out.add("- Not measured in full: " + skipped + ", listed under \"Skipped files\"");
    }
    out.add("- Findings: " + FileKindLines.findings(s) + "; parse errors: " + Counts.number(s.parseErrors()));
    if (s.findings().suppressed() > 0) {
      out.add("- Suppressed in code: " + Counts.number(s.findings().suppressed()) + " (listed below with their reasons)");
    }
    BaselineSummary baseline = result.baseline();
    if (baseline != null) {
      out.add("- Against the baseline: " + FileKindLines.baseline(baseline));
    }
    long affected = result.findings().stream().map(Finding::path).distinct().count();
    out.add(result.findings().isEmpty()
        ? "- Every file and function is within its thresholds."
        : "- " + Counts.number(affected) + " of " + Counts.of(s.ofKind(FileKind.SOURCE).files(), "source file")
            + (affected == 1 ? " needs" : " need") + " work; the table below starts with what gains most.");
    MarkdownHotspots.historyNote(result.history(), out);
  }

  /** One row per function or file to fix, in the order of what to fix first (the findings' order). */
  private static void bottlenecks(AnalysisResult result, List<String> out) {
    if (result.findings().isEmpty()) {
      return;
    }
    section("What to fix first", out);
    out.addAll(Markdown.header(List.of("#", "Location", "Issues", "Why it matters", "What to do"), "rllll"));
    List<FindingGroups.Group> groups = FindingGroups.of(result.findings(), result.recommendations());
    WhatToDo whatToDo = WhatToDo.of(result);
    int number = 0;
    for (FindingGroups.Group g : groups.subList(0, Math.min(BOTTLENECKS, groups.size()))) {
      out.add(Markdown.row(List.of(String.valueOf(++number), location(g.first()), Markdown.text(g.messages()),
          RuleGuide.of(g.first()).impact(), Markdown.text(whatToDo.of(g.first(), g.recommendation())))));
    }
    if (groups.size() > BOTTLENECKS) {
      out.add("");
      out.add("... and " + Counts.number(groups.size() - BOTTLENECKS) + " more functions and files in the JSON and HTML reports.");
    }
  }

  private static void suppressed(AnalysisResult result, List<String> out) {
    if (result.suppressed().isEmpty()) {
      return;
    }
    section("Suppressed in code", out);
    out.addAll(Markdown.header(List.of("Location", "Issue", "Reason"), "lll"));
    result.suppressed().forEach(s -> out.add(Markdown.row(List.of(location(s.finding()),
        Markdown.text(s.finding().message()), Markdown.text(s.reason())))));
  }

  /** The skipped files, those named as source first (a binary {@code .py} is news, a binary {@code .png} is not). */
  private static void skippedFiles(AnalysisResult result, List<String> out) {
    if (result.skipped().isEmpty()) {
      return;
    }
    section("Skipped files", out);
    out.addAll(Markdown.header(List.of("File", "Reason", "Detail"), "lll"));
    result.skipped().stream().sorted(FileKindLines.SOURCE_NAMES_FIRST).limit(SKIPPED).forEach(f -> out.add(
        Markdown.row(List.of(Markdown.text(f.path()), Markdown.text(f.reason()), Markdown.text(f.detail())))));
    if (result.skipped().size() > SKIPPED) {
      out.add("");
      out.add("... and " + Counts.number(result.skipped().size() - SKIPPED) + " more in the JSON report.");
    }
  }

  private static void thresholds(AnalysisResult result, List<String> out) {
    if (result.thresholds().isEmpty()) {
      return;
    }
    section("Thresholds in force", out);
    out.addAll(Markdown.header(List.of("Rule", "Warning above", "Critical above"), "lrr"));
    for (Threshold t : result.thresholds()) {
      out.add(Markdown.row(List.of(Markdown.text(t.rule()), Counts.number(t.warning()), Counts.number(t.critical()))));
    }
  }

  static void section(String title, List<String> out) {
    out.add("");
    out.add("## " + title);
    out.add("");
  }

  static String location(Finding f) {
    return f.function() == null ? Markdown.text(f.path()) : Markdown.text(f.path() + ":" + f.line());
  }

  static Comparator<FileMetrics> largestFirst() {
    return Comparator.comparingInt(FileMetrics::lines).reversed().thenComparing(FileMetrics::path);
  }
}
