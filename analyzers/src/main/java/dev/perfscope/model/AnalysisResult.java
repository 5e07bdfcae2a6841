package dev.perfscope.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything one analysis found. This record, serialized, is the JSON report: other writers, the gate and
 * tests read this same model. {@code history} is null outside a git work tree (or with history off), and
 * {@code hotspots} is then empty; {@code since} is null unless only changed files were analyzed.
 */
public record AnalysisResult(
    int schemaVersion, Tool tool, String root, Summary summary, List<FileMetrics> files, List<Finding> findings,
    HistoryInfo history, List<Hotspot> hotspots, ChangeScope since) {

  /** The version of the JSON contract; raised only on a breaking change. */
  public static final int SCHEMA_VERSION = 1;

  /** Which tool wrote the result. */
  public record Tool(String name, String version) {}

  public AnalysisResult {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(root, "root");
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    hotspots = hotspots == null ? List.of() : List.copyOf(hotspots);
  }

  /** A result without history. */
  public AnalysisResult(
      int schemaVersion, Tool tool, String root, Summary summary, List<FileMetrics> files, List<Finding> findings) {
    this(schemaVersion, tool, root, summary, files, findings, null, List.of(), null);
  }

  /** This result with git's view added: the history window, the files' history and the hotspots. */
  public AnalysisResult withHistory(HistoryInfo info, List<FileMetrics> filesWithHistory, List<Hotspot> ranked) {
    return new AnalysisResult(schemaVersion, tool, root, summary, filesWithHistory, findings, info, ranked, since);
  }

  /** This result restricted, in pull-request mode, to the files changed since a ref. */
  public AnalysisResult withSince(ChangeScope scope) {
    return new AnalysisResult(schemaVersion, tool, root, summary, files, findings, history, hotspots, scope);
  }

  public static AnalysisResult of(Tool tool, String root, List<FileMetrics> files, List<Finding> findings) {
    return new AnalysisResult(SCHEMA_VERSION, tool, root, Summary.of(files, findings), files, findings);
  }
}
