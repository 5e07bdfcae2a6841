package dev.perfscope.run;

import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.cache.FileStamp;
import dev.perfscope.threshold.FailOn;
import dev.perfscope.threshold.Gate;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a run does: analyze {@code request} (with this run's file {@code stamps}, by path, which let the cache
 * answer without reading a file again), write the {@code formats} chosen (console: the summary lines) into
 * {@code outputDirectory}, SARIF paths relative to {@code repositoryRoot}, write every finding to the
 * {@code baseline} file (null: none), and judge the result by {@code gate}.
 */
public record RunJob(AnalysisRequest request, Map<String, FileStamp> stamps, List<String> formats,
    Path outputDirectory, Path repositoryRoot, Path baseline, Gate gate) {
  public RunJob {
    stamps = Map.copyOf(stamps);
    formats = List.copyOf(formats);
  }

  /** {@code perf:baseline}'s job: the analysis, its findings written to {@code baseline}, no report, no gate. */
  public static RunJob baseline(AnalysisRequest request, Path baseline, Path outputDirectory, Path repositoryRoot) {
    return new RunJob(request, Map.of(), List.of(), outputDirectory, repositoryRoot, baseline,
        new Gate(FailOn.NONE, false));
  }
}
