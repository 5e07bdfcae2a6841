package dev.perfscope.run;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.Selection;
import dev.perfscope.cache.FileStamp;
import dev.perfscope.history.ProjectHistory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Configurations and jobs for the run's tests, built as the build tool's goals build them. */
final class Jobs {
  private Jobs() {}

  /** Every default for the sources under {@code root}, reports in {@code out}, settings named {@code perf.*}. */
  static RunConfig config(Path root, Path out) {
    return new RunConfig(new RunConfig.Project(root, List.of(Path.of(".")), List.of(), List.of(), "UTF-8",
        List.of(), root), RunConfig.Inputs.defaults(), RunConfig.Checks.defaults(), RunConfig.Gating.defaults(),
        RunConfig.Execution.inThisJvm(), RunConfig.Output.in(out), "perf.", RunConfig.Duplicates.defaults());
  }

  /** The files {@code config} selects, walked once as a run walks them. */
  static Selection selection(RunConfig config) {
    try (ProjectHistory history = Analysis.openHistory(Requests.request(config))) {
      return Analysis.scope(history, Analysis.walk(Requests.request(config), history, config::setting));
    }
  }

  /** {@code goal}'s job for {@code config}, with these stamps, as a worker rebuilds it. */
  static Job job(Job.Goal goal, RunConfig config, Map<String, FileStamp> stamps) {
    return Job.of(new WorkerJob(WorkerJob.PROTOCOL, goal, config, selection(config), stamps));
  }

  /** The job run in this JVM, git opened for it. */
  static Reported runHere(Job job) {
    try (ProjectHistory history = Analysis.openHistory(job.request())) {
      return ReportedRun.run(new Analysis(), job, history);
    }
  }
}
