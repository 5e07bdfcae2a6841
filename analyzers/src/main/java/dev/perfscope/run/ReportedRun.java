package dev.perfscope.run;

import dev.perfscope.model.Counts;
import dev.perfscope.analysis.Analysis;
import dev.perfscope.baseline.Baseline;
import dev.perfscope.baseline.BaselineFile;
import dev.perfscope.history.ProjectHistory;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.report.ConsoleSummary;
import dev.perfscope.report.ReportFormats;
import dev.perfscope.report.ReportWriter;
import dev.perfscope.report.JsonReport;
import dev.perfscope.report.MarkdownReport;
import dev.perfscope.threshold.Gate;
import dev.perfscope.threshold.GateMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run in this JVM: the analysis, the console summary, the report files at once, the baseline when asked,
 * the gate's verdict.
 */
final class ReportedRun {
  private ReportedRun() {}

  /**
   * The run's outcome, {@code history} being git's view of the job's root. A report that cannot be written
   * is an {@link UncheckedIOException} saying which and where; a configuration error found on the way is
   * thrown as it is.
   */
  static Reported run(Analysis analysis, Job job, ProjectHistory history) {
    Analysis.Analyzed analyzed = analysis.analyze(job.request(), job.selection(), history, job.stamps());
    AnalysisResult result = analyzed.result();
    Gate.Verdict verdict = job.gate().evaluate(result);
    List<String> log = new ArrayList<>();
    if (job.formats().contains(ReportFormats.CONSOLE)) {
      log.addAll(new ConsoleSummary(verdict.passed()).lines(result));
    }
    List<Path> written = ReportFormats.writers(job.formats(), job.repositoryRoot()).parallelStream()
        .map(writer -> write(writer, result, job.outputDirectory())).toList();
    written.forEach(report -> log.add("Report: " + report));
    if (job.baselineFile() != null) {
      log.add(writeBaseline(result, job.baselineFile()));
    }
    return new Reported(log, written, verdict.passed() ? List.of()
        : GateMessage.lines(job.gate(), verdict, listingEveryFinding(written, job), job.config()::setting),
        analyzed.repeatable());
  }

  /** The written reports that list every finding, as the build's user finds them: relative to the project. */
  private static List<String> listingEveryFinding(List<Path> written, Job job) {
    Path base = job.request().root();
    return Stream.of(MarkdownReport.FILE_NAME, JsonReport.FILE_NAME)
        .flatMap(name -> written.stream().filter(p -> p.endsWith(name)))
        .map(p -> p.toAbsolutePath().startsWith(base) ? base.relativize(p.toAbsolutePath()) : p)
        .map(p -> p.toString().replace('\\', '/')).toList();
  }

  /** Writes every finding of {@code result} to {@code file}; the line that says so. */
  private static String writeBaseline(AnalysisResult result, Path file) {
    Baseline baseline = Baseline.of(result);
    try {
      BaselineFile.write(baseline, file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the baseline " + file + ": " + e.getMessage(), e);
    }
    return "Baseline: " + Counts.of(baseline.findings().size(), "finding") + " written to " + file + " ("
        + Counts.number(result.suppressed().size()) + " suppressed in code, not baselined). Commit it.";
  }

  private static Path write(ReportWriter writer, AnalysisResult result, Path directory) {
    try {
      return writer.write(result, directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the " + writer.format() + " report to " + directory + ": "
          + e.getMessage(), e);
    }
  }
}
