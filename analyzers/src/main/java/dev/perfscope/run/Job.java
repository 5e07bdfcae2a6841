package dev.perfscope.run;

import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.analysis.Selection;
import dev.perfscope.cache.FileStamp;
import dev.perfscope.report.ReportFormats;
import dev.perfscope.threshold.FailOn;
import dev.perfscope.threshold.Gate;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one analysis and its reports do, in the core's terms: analyze the {@code selection} of files as
 * {@code request} says (with this run's file {@code stamps}, by path, which let the cache answer without
 * reading a file again), write the {@code formats} chosen (console: the summary lines) into the output
 * directory, write every finding to the baseline file for {@link Goal#BASELINE}, and judge the result by
 * {@code gate}. Built from the {@link RunConfig} alike in the build's JVM and in a worker's.
 */
record Job(Goal goal, RunConfig config, AnalysisRequest request, Selection selection, Map<String, FileStamp> stamps,
    List<String> formats, Gate gate) {
  /** The goals that run a job: the gated analysis with its reports, or writing the baseline. */
  enum Goal { ANALYZE, BASELINE }

  Job {
    stamps = Map.copyOf(stamps);
    formats = List.copyOf(formats);
  }

  /** The analyze goal's job: {@code request} with its baseline, the reports, the gate. */
  static Job analyze(RunConfig config, AnalysisRequest request, Selection selection, Map<String, FileStamp> stamps,
      List<String> formats, Gate gate) {
    return new Job(Goal.ANALYZE, config, request, selection, stamps, formats, gate);
  }

  /** The baseline goal's job: the analysis, its findings written to the baseline file, no report, no gate. */
  static Job baseline(RunConfig config, AnalysisRequest request, Selection selection) {
    return new Job(Goal.BASELINE, config, request, selection, Map.of(), List.of(), new Gate(FailOn.NONE, false));
  }

  /** The same job rebuilt from what a worker JVM receives. */
  static Job of(WorkerJob sent) {
    RunConfig config = sent.config();
    AnalysisRequest request = Requests.request(config);
    return switch (sent.goal()) {
      case ANALYZE -> analyze(config, request.withBaseline(Requests.baseline(config)), sent.selection(),
          sent.stamps(), ReportFormats.parse(config.output().formats()), Requests.gate(config.gating()));
      case BASELINE -> baseline(config, request, sent.selection());
    };
  }

  Path outputDirectory() {
    return config.output().directory();
  }

  Path repositoryRoot() {
    return config.project().repositoryRoot();
  }

  /** The file every finding is written to, for the baseline goal; null otherwise. */
  Path baselineFile() {
    return goal == Goal.BASELINE ? config.checks().baselineFile().toAbsolutePath() : null;
  }
}
