package dev.perfscope.report;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.BaselineSummary;
import dev.perfscope.model.Counts;
import dev.perfscope.model.FileKind;
import dev.perfscope.model.SkippedFile;
import dev.perfscope.model.Summary;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The sentences the console and Markdown summaries share: the totals, the kinds of file, the files skipped. */
final class FileKindLines {
  /** Skipped files named as source before the others, each group in path order. */
  static final Comparator<SkippedFile> SOURCE_NAMES_FIRST =
      Comparator.comparing((SkippedFile f) -> !FileKind.of(f.path()).isCode())
          .thenComparing(SkippedFile::path);

  private FileKindLines() {}

  /** {@code 15 files, 1,801 lines (1,379 code, 201 comment, 221 blank), 14 functions}. */
  static String totals(Summary s) {
    return Counts.of(s.files(), "file") + ", " + Counts.of(s.lines(), "line") + " (" + Counts.number(s.codeLines())
        + " code, " + Counts.number(s.commentLines()) + " comment, " + Counts.number(s.blankLines()) + " blank), "
        + Counts.of(s.functions(), "function");
  }

  /** {@code 3 critical, 1 warning}: the findings by severity. */
  static String findings(Summary s) {
    return Counts.number(s.findings().critical()) + " critical, " + Counts.of(s.findings().warning(), "warning");
  }

  /** {@code 1 new, 0 worse, 1,200 unchanged, 3 improved, 2 resolved}: the findings against the baseline. */
  static String baseline(BaselineSummary b) {
    return Counts.number(b.newFindings()) + " new, " + Counts.number(b.worse().size()) + " worse, "
        + Counts.number(b.unchanged()) + " unchanged, " + Counts.number(b.improved().size()) + " improved, "
        + Counts.number(b.resolved().size()) + " resolved";
  }

  /** {@code 12 source (3,400 lines), 3 documentation (900 lines), 1 data (40 lines)}: source, and other kinds present. */
  static String kinds(Summary summary) {
    return Arrays.stream(FileKind.values())
        .filter(kind -> kind == FileKind.SOURCE || summary.ofKind(kind).files() > 0).map(kind -> {
      Summary.KindTotals totals = summary.ofKind(kind);
      return Counts.number(totals.files()) + " " + kind.id() + " (" + Counts.of(totals.lines(), "line") + ")";
    }).collect(Collectors.joining(", "));
  }

  /** {@code 3 skipped (2 binary, 1 over-max-file-size)}, or empty when nothing was skipped. */
  static String skipped(AnalysisResult result) {
    if (result.skipped().isEmpty()) {
      return "";
    }
    Map<String, Long> byReason = new TreeMap<>(result.skipped().stream()
        .collect(Collectors.groupingBy(SkippedFile::reason, Collectors.counting())));
    return Counts.number(result.skipped().size()) + " skipped (" + byReason.entrySet().stream()
        .map(e -> Counts.number(e.getValue()) + " " + e.getKey()).collect(Collectors.joining(", ")) + ")";
  }
}
