package dev.perfscope.report;

import dev.perfscope.model.Counts;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileKind;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Threshold;
import java.util.Comparator;
import java.util.List;

/**
 * The "Large files" table of the Markdown report: source files above the file-lines warning level, largest
 * first (documentation and data are counted in the summary, apart).
 */
final class MarkdownTables {
  private static final int DEFAULT_FILE_LINES = 500;
  private static final int MAX_ROWS = 20;

  private final AnalysisResult result;

  MarkdownTables(AnalysisResult result) {
    this.result = result;
  }

  void largeFiles(List<String> out) {
    int limit = fileLinesWarning();
    List<FileMetrics> large = result.files().stream()
        .filter(f -> f.kind() == FileKind.SOURCE && f.lines() > limit)
        .sorted(MarkdownReport.largestFirst()).toList();
    MarkdownReport.section("Large files (> " + Counts.of(limit, "line") + ")", out);
    if (large.isEmpty()) {
      out.add("None.");
      return;
    }
    out.addAll(Markdown.header(List.of("File", "Lines", "Code lines", "Functions", "Longest function"), "lrrrl"));
    large.stream().limit(MAX_ROWS).forEach(f -> out.add(Markdown.row(List.of(Markdown.text(f.path()),
        Counts.number(f.lines()), Counts.number(f.code()), Counts.number(f.functions().size()), longest(f)))));
    if (large.size() > MAX_ROWS) {
      out.add("");
      out.add("... and " + Counts.number(large.size() - MAX_ROWS) + " more.");
    }
  }

  private int fileLinesWarning() {
    return result.thresholds().stream().filter(t -> t.rule().equals("file-lines")).mapToInt(Threshold::warning)
        .findFirst().orElse(DEFAULT_FILE_LINES);
  }

  private static String longest(FileMetrics file) {
    return file.functions().stream().max(Comparator.comparingInt(FunctionMetrics::lines))
        .map(f -> Markdown.text(f.name()) + " (" + Counts.of(f.lines(), "line") + ")").orElse("-");
  }
}
