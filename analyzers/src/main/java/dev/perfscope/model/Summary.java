package dev.perfscope.model;

import java.util.List;

/** Totals over all analyzed files. */
public record Summary(
    int files, long lines, long codeLines, long commentLines, long blankLines, int functions, int parseErrors,
    FindingCounts findings) {

  /** Findings counted per severity, and the suppressed ones apart. */
  public record FindingCounts(int critical, int warning, int suppressed) {}

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
        new FindingCounts(critical, findings.size() - critical, suppressed));
  }
}
