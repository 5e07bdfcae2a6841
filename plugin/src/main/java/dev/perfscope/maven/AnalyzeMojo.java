package dev.perfscope.maven;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.config.ConfigurationException;
import dev.perfscope.analysis.ForkMode;
import dev.perfscope.baseline.BaselineFile;
import dev.perfscope.baseline.LoadedBaseline;
import dev.perfscope.infra.ContentHash;
import dev.perfscope.cache.FileStamp;
import dev.perfscope.cache.RunRecord;
import dev.perfscope.model.Severity;
import dev.perfscope.report.ReportFormats;
import dev.perfscope.run.RunJob;
import dev.perfscope.run.RunOutcome;
import dev.perfscope.threshold.FailOn;
import dev.perfscope.threshold.Gate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
  /** Where a run leaves what it did, so that the next run with the same inputs can stand on it. */
  static final String RUN_RECORD = "perf-run.json";


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
    ForkMode mode;
    try {
      mode = forkMode();
      gate = new Gate(FailOn.parse(failOn), failOnParseError, Map.of(
          Severity.CRITICAL, atLeastZero("maxAllowedCritical", maxAllowedCritical),
          Severity.WARNING, atLeastZero("maxAllowedWarning", maxAllowedWarning)));
      chosen = ReportFormats.parse(formats);
      withBaseline = request.withBaseline(loadBaseline());
    } catch (ConfigurationException e) {
      throw new MojoExecutionException(e.message(AbstractPerfMojo::property), e);
    }
    Analysis analysis = new Analysis();
    failOrWarnOnUnmatchedGlobs(analysis, withBaseline, gate);
    Optional<RunRecord> previous = cache ? RunRecord.read(runRecordFile()) : Optional.empty();
    Analysis.Fingerprint fingerprint = cache
        ? analysis.fingerprint(withBaseline, previous.map(RunRecord::sources).orElse(Map.of())) : null;
    String key = fingerprint == null ? null : runKey(fingerprint.key(), chosen);
    Optional<RunRecord> last = previous.filter(r -> r.madeFor(key) && r.reportsIntact(outputDirectory()));
    if (last.isPresent()) {
      replay(last.get(), fingerprint);
      return;
    }
    RunJob job = new RunJob(withBaseline, fingerprint == null ? Map.of() : fingerprint.sources(), chosen,
        outputDirectory(), sources().repositoryRoot(), null, gate);
    RunOutcome outcome = runJob(job, mode, unchanged(previous, fingerprint));
    log(outcome.log());
    List<String> failures = outcome.failures();
    if (key != null) {
      // A run with a file over its budget or out of memory is not replayed (no key), but its stamps serve.
      remember(outcome.repeatable() ? key : null, outcome.log(), outcome.written(), failures,
          fingerprint.sources());
    }
    failIfAny(failures);
  }

  /**
   * Globs that select no file are a configuration mistake that would otherwise pass as a clean project: with
   * the gate on they fail the build, with {@code failOn=none} they are a warning.
   */
  private void failOrWarnOnUnmatchedGlobs(Analysis analysis, AnalysisRequest request, Gate gate)
      throws MojoFailureException {
    Optional<String> unmatched = analysis.unmatchedGlobs(request)
        .map(text -> ConfigurationException.naming(text, AbstractPerfMojo::property));
    if (unmatched.isEmpty()) {
      return;
    }
    if (gate.failOn() != FailOn.NONE) {
      throw new MojoFailureException("Perfscope fails the build: " + unmatched.get()
          + " (with perf.failOn=none this is a warning).");
    }
    getLog().warn(unmatched.get() + ".");
  }

  /** Repeats the recorded run whose inputs this one shares: its log, then its verdict. */
  private void replay(RunRecord last, Analysis.Fingerprint fingerprint) throws MojoFailureException {
    getLog().info("Nothing changed since the last run (sources, configuration, git HEAD, Perfscope build): "
        + "its reports in " + outputDirectory() + " stand.");
    log(last.log());
    if (!last.sources().equals(fingerprint.sources())) {
      keep(last.withSources(fingerprint.sources())); // files touched but not changed: stamp them anew
    }
    failIfAny(last.failures());
  }

  /** The run's inputs and everything this goal adds to them: the gate, the formats, this plugin's build. */
  private String runKey(String inputs, List<String> chosen) {
    String all = String.join("\n", inputs, ContentHash.codeOf(AnalyzeMojo.class), failOn,
        String.valueOf(failOnParseError), String.valueOf(maxAllowedCritical), String.valueOf(maxAllowedWarning),
        String.valueOf(chosen), String.valueOf(sources().repositoryRoot()));
    return ContentHash.of(all.getBytes(StandardCharsets.UTF_8));
  }

  private Path runRecordFile() {
    return outputDirectory().resolve(RUN_RECORD);
  }

  /** Keeps what this run did for the next one; failing to only costs the next run its shortcut. */
  private void remember(String key, List<String> log, List<Path> written, List<String> failures,
      Map<String, FileStamp> sources) {
    try {
      keep(new RunRecord(key, log, RunRecord.stamps(outputDirectory(), written), failures, sources));
    } catch (IOException e) {
      getLog().debug("Cannot stamp this run's reports in " + outputDirectory() + ": " + e.getMessage());
    }
  }

  /** Writes {@code record} for the next run; failing to only costs the next run its shortcut. */
  private void keep(RunRecord record) {
    try {
      record.write(runRecordFile());
    } catch (IOException e) {
      getLog().debug("Cannot record this run in " + runRecordFile() + ": " + e.getMessage());
    }
  }

  private void failIfAny(List<String> failures) throws MojoFailureException {
    if (!failures.isEmpty()) {
      throw new MojoFailureException(String.join("\n", failures));
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
      throw new ConfigurationException("baseline", file.toString(), e.getMessage(),
          "a file written by perf:baseline, or none");
    }
  }

  private static int atLeastZero(String parameter, int value) {
    if (value < 0) {
      throw new ConfigurationException(parameter, String.valueOf(value), "a whole number >= 0");
    }
    return value;
  }

  /** The files the last run measured as they are now: its cache has them, so they will not be parsed. */
  private static Set<String> unchanged(Optional<RunRecord> previous, Analysis.Fingerprint fingerprint) {
    if (previous.isEmpty() || fingerprint == null) {
      return Set.of();
    }
    Map<String, FileStamp> before = previous.get().sources();
    return fingerprint.sources().entrySet().stream().filter(e -> e.getValue().equals(before.get(e.getKey())))
        .map(Map.Entry::getKey).collect(Collectors.toSet());
  }
}
