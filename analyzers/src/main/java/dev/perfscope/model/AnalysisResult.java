package dev.perfscope.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything one analysis found. This record, serialized, is the JSON report: other writers, the gate and
 * tests read this same model. {@code baseline} is null when no baseline was used.
 */
public record AnalysisResult(
    int schemaVersion, Tool tool, String root, Summary summary, List<FileMetrics> files, List<Finding> findings,
    List<SuppressedFinding> suppressed, BaselineSummary baseline) {

  /** The version of the JSON contract; raised only on a breaking change. */
  public static final int SCHEMA_VERSION = 1;

  /** Which tool wrote the result. */
  public record Tool(String name, String version) {}

  public AnalysisResult {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(root, "root");
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed); // absent from older reports
  }

  public static AnalysisResult of(Tool tool, String root, List<FileMetrics> files, List<Finding> findings) {
    return of(tool, root, files, findings, List.of(), null);
  }

  public static AnalysisResult of(Tool tool, String root, List<FileMetrics> files, List<Finding> findings,
      List<SuppressedFinding> suppressed, BaselineSummary baseline) {
    return new AnalysisResult(SCHEMA_VERSION, tool, root, Summary.of(files, findings, suppressed.size()), files,
        findings, suppressed, baseline);
  }
}
