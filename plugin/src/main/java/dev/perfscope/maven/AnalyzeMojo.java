package dev.perfscope.maven;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.analysis.ConfigurationException;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.report.ConsoleSummary;
import dev.perfscope.report.JsonReport;
import dev.perfscope.threshold.FailOn;
import dev.perfscope.threshold.Gate;
import java.io.IOException;
import java.nio.file.Path;
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

  @Override
  void run(AnalysisRequest request) throws MojoExecutionException, MojoFailureException {
    Gate gate;
    try {
      gate = new Gate(FailOn.parse(failOn), failOnParseError);
    } catch (ConfigurationException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    AnalysisResult result = new Analysis().run(request);
    new ConsoleSummary().lines(result).forEach(getLog()::info);
    writeReport(result);
    Gate.Verdict verdict = gate.evaluate(result);
    if (!verdict.passed()) {
      throw new MojoFailureException("Perfscope found " + verdict.reasons().size()
          + " problem(s) at or above failOn=" + failOn + ":\n  " + String.join("\n  ", verdict.reasons()));
    }
  }

  private void writeReport(AnalysisResult result) throws MojoExecutionException {
    try {
      Path written = new JsonReport().write(result, outputDirectory());
      getLog().info("Report: " + written);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the report to " + outputDirectory() + ": " + e.getMessage(), e);
    }
  }
}
