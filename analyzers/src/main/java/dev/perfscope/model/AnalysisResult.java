package dev.perfscope.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything one analysis found. This record, serialized, is the JSON report: other writers, the gate and
 * tests read this same model. {@code suppressed} are the findings the code suppresses; {@code baseline} is
 * null when no baseline was used; {@code thresholds} are the levels in force; {@code health}, and each
 * file's, are derived from the files and findings (a report read from an older version gets them
 * computed). {@code history} is null outside a git work tree (or with history off), and {@code hotspots}
 * is then empty; {@code since} is null unless only changed files were analyzed. {@code skipped} lists the
 * files under the source roots that were not measured in full, with the reason.
 */
public record AnalysisResult(
    int schemaVersion, Tool tool, String root, Summary summary, List<FileMetrics> files, List<Finding> findings,
    List<SuppressedFinding> suppressed, BaselineSummary baseline, List<Threshold> thresholds, Health health,
    HistoryInfo history, List<Hotspot> hotspots, ChangeScope since, List<Recommendation> recommendations,
    List<SkippedFile> skipped) {

  /** The version of the JSON contract; raised only on a breaking change. */
  public static final int SCHEMA_VERSION = 1;

  /** Which tool wrote the result. */
  public record Tool(String name, String version) {}

  public AnalysisResult {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(root, "root");
    findings = List.copyOf(findings);
    files = List.copyOf(Health.scored(files, findings));
    // Keys added after the first version may be absent from a report being read back.
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
    thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    health = health == null ? Health.overall(files) : health;
    hotspots = hotspots == null ? List.of() : List.copyOf(hotspots);
    recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    skipped = skipped == null ? List.of() : List.copyOf(skipped);
  }

  /** A result with nothing suppressed, no baseline, no thresholds listed and no history; the withers add those. */
  public static AnalysisResult of(Tool tool, String root, List<FileMetrics> files, List<Finding> findings) {
    return new AnalysisResult(SCHEMA_VERSION, tool, root, Summary.of(files, findings, 0), files, findings,
        List.of(), null, List.of(), null, null, List.of(), null, List.of(), List.of());
  }

  public static AnalysisResult of(
      Tool tool, String root, List<FileMetrics> files, List<Finding> findings, List<Threshold> thresholds) {
    return of(tool, root, files, findings).withThresholds(thresholds);
  }

  public AnalysisResult withThresholds(List<Threshold> inForce) {
    return new AnalysisResult(schemaVersion, tool, root, summary, files, findings, suppressed, baseline, inForce,
        health, history, hotspots, since, recommendations, skipped);
  }

  public AnalysisResult withSuppressed(List<SuppressedFinding> set) {
    return new AnalysisResult(schemaVersion, tool, root, Summary.of(files, findings, set.size()), files, findings,
        set, baseline, thresholds, health, history, hotspots, since, recommendations, skipped);
  }

  /** The same findings, marked against the baseline, and the comparison's summary. */
  public AnalysisResult withBaseline(List<Finding> marked, BaselineSummary comparison) {
    return new AnalysisResult(schemaVersion, tool, root, summary, files, marked, suppressed, comparison, thresholds,
        health, history, hotspots, since, recommendations, skipped);
  }

  /** This result with git's view added: the history window, the files' history and the hotspots. */
  public AnalysisResult withHistory(HistoryInfo info, List<FileMetrics> filesWithHistory, List<Hotspot> ranked) {
    return new AnalysisResult(schemaVersion, tool, root, summary, filesWithHistory, findings, suppressed, baseline,
        thresholds, health, info, ranked, since, recommendations, skipped);
  }

  /** The same result with the refactorings advice recommends. */
  public AnalysisResult withRecommendations(List<Recommendation> advised) {
    return new AnalysisResult(schemaVersion, tool, root, summary, files, findings, suppressed, baseline, thresholds,
        health, history, hotspots, since, advised, skipped);
  }

  /** The same result, listing these files as skipped. */
  public AnalysisResult withSkipped(List<SkippedFile> list) {
    return new AnalysisResult(schemaVersion, tool, root, summary, files, findings, suppressed, baseline, thresholds,
        health, history, hotspots, since, recommendations, list);
  }

  /** The same findings in the order advice ranks them (what to fix first), and its recommendations. */
  public AnalysisResult withAdvice(List<Finding> ranked, List<Recommendation> advised) {
    if (ranked.size() != findings.size()) {
      throw new IllegalArgumentException("ranking changed the findings: " + findings.size() + " -> " + ranked.size());
    }
    return new AnalysisResult(schemaVersion, tool, root, summary, files, ranked, suppressed, baseline, thresholds,
        health, history, hotspots, since, advised, skipped);
  }

  /** This result restricted, in pull-request mode, to the files changed since a ref. */
  public AnalysisResult withSince(ChangeScope scope) {
    return new AnalysisResult(schemaVersion, tool, root, summary, files, findings, suppressed, baseline, thresholds,
        health, history, hotspots, scope, recommendations, skipped);
  }
}
