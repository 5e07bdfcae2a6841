package dev.perfscope.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything one analysis found. This record, serialized, is the JSON report: other writers, the gate and
 * tests read this same model. {@code thresholds} are the levels in force; {@code health} is derived from the
 * files and findings (a report read from an older version gets it computed).
 */
public record AnalysisResult(
    int schemaVersion, Tool tool, String root, Summary summary, List<FileMetrics> files, List<Finding> findings,
    List<Threshold> thresholds, Health health) {

  /** The version of the JSON contract; raised only on a breaking change. */
  public static final int SCHEMA_VERSION = 1;

  /** Which tool wrote the result. */
  public record Tool(String name, String version) {}

  public AnalysisResult {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(root, "root");
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    health = health == null ? Health.of(files.size(), findings) : health;
  }

  public static AnalysisResult of(Tool tool, String root, List<FileMetrics> files, List<Finding> findings) {
    return of(tool, root, files, findings, List.of());
  }

  public static AnalysisResult of(
      Tool tool, String root, List<FileMetrics> files, List<Finding> findings, List<Threshold> thresholds) {
    return new AnalysisResult(SCHEMA_VERSION, tool, root, Summary.of(files, findings), files, findings, thresholds,
        Health.of(files.size(), findings));
  }
}
