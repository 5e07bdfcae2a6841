package dev.perfscope.maven;

import dev.perfscope.Perfscope;
import dev.perfscope.config.Defaults;
import dev.perfscope.run.RunConfig;
import dev.perfscope.run.RunOutcome;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Measures the project's sources, writes the reports, and fails the build when findings reach
 * {@code failOn}.
 */
@Mojo(name = "analyze", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class AnalyzeMojo extends AbstractBuildMojo {

  /** The least severe finding that fails the build: {@code critical}, {@code warning} or {@code none}. */
  @Parameter(property = "perf.failOn", defaultValue = Defaults.FAIL_ON)
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
  @Parameter(property = "perf.formats", defaultValue = Defaults.FORMATS)
  String formats;

  @Override
  RunOutcome run(RunConfig config) {
    return Perfscope.run(config);
  }

  @Override
  RunConfig.Gating gating() {
    return new RunConfig.Gating(failOn, failOnParseError, maxAllowedCritical, maxAllowedWarning);
  }

  @Override
  String formats() {
    return formats;
  }
}
