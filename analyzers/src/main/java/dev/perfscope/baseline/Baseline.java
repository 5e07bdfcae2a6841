package dev.perfscope.baseline;

import dev.perfscope.model.AnalysisResult;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The findings a team accepted when it adopted Perfscope (the file {@code perf-baseline.json}, committed
 * with the code). With a baseline, only findings that are new or worse than their baselined value fail.
 */
public record Baseline(int schemaVersion, String tool, List<BaselineEntry> findings) {
  public static final int SCHEMA_VERSION = 1;
  public static final String FILE_NAME = "perf-baseline.json";

  public Baseline {
    findings = List.copyOf(findings);
  }

  /** The entries about these paths only. */
  public Baseline narrowedTo(Set<String> paths) {
    return new Baseline(schemaVersion, tool, findings.stream().filter(e -> paths.contains(e.path())).toList());
  }

  /** Every current finding, in a stable order so that the committed file diffs cleanly. */
  public static Baseline of(AnalysisResult result) {
    List<BaselineEntry> entries = result.findings().stream().map(BaselineEntry::of)
        .sorted(Comparator.comparing(BaselineEntry::path)
            .thenComparing(e -> e.function() == null ? "" : e.function())
            .thenComparing(BaselineEntry::rule)
            .thenComparingInt(BaselineEntry::value))
        .toList();
    return new Baseline(SCHEMA_VERSION, result.tool().name() + " " + result.tool().version(), entries);
  }
}
