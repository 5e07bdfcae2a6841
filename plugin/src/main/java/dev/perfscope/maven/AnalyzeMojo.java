package dev.perfscope.maven;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.analysis.ConfigurationException;
import dev.perfscope.baseline.BaselineFile;
import dev.perfscope.baseline.LoadedBaseline;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.Severity;
import dev.perfscope.report.ConsoleSummary;
import dev.perfscope.report.ReportFormats;
import dev.perfscope.report.ReportWriter;
import dev.perfscope.threshold.FailOn;
import dev.perfscope.threshold.Gate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Measures the project's sources, writes the reports, and fails the build when findings reach
 * {@code failOn}.
 */
@Mojo(name = "analyze", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class AnalyzeMojo extends AbstractPerfMojo {

  /** The least severe finding that fails the build: {@code critical}, {@code warning} or {@code none}. */
  @Parameter(property = "perf.failOn", defaultValue = "critical")
  String failOn;

  /** Fails the build when a file does not parse (by default such files are reported and counted). */
  @Parameter(property = "perf.failOnParseError", defaultValue = "false")
  boolean failOnParseError;

  /** How many critical findings the gate tolerates before it fails (new or worse ones, with a baseline). */
  @Parameter(property = "perf.maxAllowedCritical", defaultValue = "0")
  int maxAllowedCritical;

  /** How many warning findings the gate tolerates when {@code failOn=warning}. */
  @Parameter(property = "perf.maxAllowedWarning", defaultValue = "0")
  int maxAllowedWarning;

  /**
   * The reports to produce, comma-separated: {@code console} (the build-log summary), {@code json},
   * {@code html}, {@code md}, {@code sarif} and {@code checkstyle} (files in {@code outputDirectory}).
   */
  @Parameter(property = "perf.formats", defaultValue = ReportFormats.DEFAULT)
  String formats;

  @Override
  void run(AnalysisRequest request) throws MojoExecutionException, MojoFailureException {
    Gate gate;
    AnalysisRequest withBaseline;
    List<String> chosen;
    try {
      gate = new Gate(FailOn.parse(failOn), failOnParseError, Map.of(
          Severity.CRITICAL, atLeastZero("perf.maxAllowedCritical", maxAllowedCritical),
          Severity.WARNING, atLeastZero("perf.maxAllowedWarning", maxAllowedWarning)));
      chosen = ReportFormats.parse(formats);
      withBaseline = request.withBaseline(loadBaseline());
    } catch (ConfigurationException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    AnalysisResult result = new Analysis().run(withBaseline);
    if (chosen.contains(ReportFormats.CONSOLE)) {
      new ConsoleSummary().lines(result).forEach(getLog()::info);
    }
    writeReports(result, chosen);
    Gate.Verdict verdict = gate.evaluate(result);
    if (!verdict.passed()) {
      throw new MojoFailureException("Perfscope found " + verdict.reasons().size()
          + " problem(s) at or above failOn=" + failOn + ":\n  " + String.join("\n  ", verdict.reasons()));
    }
  }

  private LoadedBaseline loadBaseline() {
    Path file = baselineFile();
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return new LoadedBaseline(sources().basedir().relativize(file.toAbsolutePath())
          .toString().replace('\\', '/'), BaselineFile.read(file));
    } catch (IOException e) {
      throw new ConfigurationException("perf.baseline", file.toString(),
          "a file written by perf:baseline, or none (" + e.getMessage() + ")");
    }
  }

  private static int atLeastZero(String parameter, int value) {
    if (value < 0) {
      throw new ConfigurationException(parameter, String.valueOf(value), "a whole number >= 0");
    }
    return value;
  }

  private void writeReports(AnalysisResult result, List<String> chosen) throws MojoExecutionException {
    Path directory = outputDirectory();
    for (ReportWriter writer : ReportFormats.writers(chosen, sources().repositoryRoot())) {
      try {
        getLog().info("Report: " + writer.write(result, directory));
      } catch (IOException e) {
        throw new MojoExecutionException("Cannot write the " + writer.format() + " report to " + directory + ": "
            + e.getMessage(), e);
      }
    }
  }
}
