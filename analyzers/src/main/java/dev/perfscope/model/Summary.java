package dev.perfscope.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Totals over all analyzed files, and ({@code kinds}) per {@link FileKind}, every kind listed in order by its
 * id, with zeros when there is none of it.
 */
public record Summary(
    int files, long lines, long codeLines, long commentLines, long blankLines, int functions, int parseErrors,
    FindingCounts findings, Map<String, KindTotals> kinds) {

  /** Findings counted per severity, and the suppressed ones apart. */
  public record FindingCounts(int critical, int warning, int suppressed) {}

  /** How many files of one kind, and their lines. */
  public record KindTotals(int files, long lines, long codeLines) {}

  public Summary {
    // absent from older reports
    kinds = kinds == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
  }

  public static Summary of(List<FileMetrics> files, List<Finding> findings) {
    return of(files, findings, 0);
  }

  public static Summary of(List<FileMetrics> files, List<Finding> findings, int suppressed) {
    long lines = 0, code = 0, comment = 0, blank = 0;
    int functions = 0, parseErrors = 0;
    for (FileMetrics file : files) {
      lines += file.lines();
      code += file.code();
      comment += file.comment();
      blank += file.blank();
      functions += file.functions().size();
      parseErrors += file.parseError() == null ? 0 : 1;
    }
    int critical = (int) findings.stream().filter(f -> f.severity() == Severity.CRITICAL).count();
    return new Summary(files.size(), lines, code, comment, blank, functions, parseErrors,
        new FindingCounts(critical, findings.size() - critical, suppressed), byKind(files));
  }

  /** The totals of one kind; zeros when the summary has none of it (or is an older report's). */
  public KindTotals ofKind(FileKind kind) {
    return kinds.getOrDefault(kind.id(), new KindTotals(0, 0, 0));
  }

  private static Map<String, KindTotals> byKind(List<FileMetrics> files) {
    Map<String, KindTotals> totals = new LinkedHashMap<>();
    for (FileKind kind : FileKind.values()) {
      List<FileMetrics> ofKind = files.stream().filter(f -> f.kind() == kind).toList();
      totals.put(kind.id(), new KindTotals(ofKind.size(), ofKind.stream().mapToLong(FileMetrics::lines).sum(),
          ofKind.stream().mapToLong(FileMetrics::code).sum()));
    }
    return totals;
  }
}
