package dev.perfscope.run;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.analysis.Selection;
import dev.perfscope.cache.FileStamp;
import dev.perfscope.config.ConfigurationException;
import dev.perfscope.history.ProjectHistory;
import dev.perfscope.infra.AtomicFiles;
import dev.perfscope.infra.ContentHash;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.report.ReportFormats;
import dev.perfscope.sources.SourceFile;
import dev.perfscope.sources.SourceWalker;
import dev.perfscope.threshold.FailOn;
import dev.perfscope.threshold.Gate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * One goal's run, in order: the configuration checked, git opened once and the source roots walked once,
 * the globs that matched nothing told, pull-request mode's scope, the fingerprint, the last run replayed when
 * nothing changed, else the analysis with its reports and verdict (in a worker JVM when the fork mode says
 * so, on the files walked here), and the record of it for the next run. Everything it logs and every error
 * is collected into the {@link RunOutcome}, in the words the user reads ({@link RunConfig#setting}).
 */
public final class RunSession {
  /** Where a run leaves what it did, so that the next run with the same inputs can stand on it. */
  static final String RUN_RECORD = "perf-run.json";

  private final RunConfig config;
  private final UnaryOperator<String> naming;
  private final Analysis analysis = new Analysis();
  private final RunLog log = new RunLog();

  public RunSession(RunConfig config) {
    this.config = config;
    this.naming = config::setting;
  }

  /** The analyze goal: reports and the gate's verdict, or the last run's when nothing changed. */
  public RunOutcome analyze() {
    return collected(() -> {
      prepare();
      AnalysisRequest request = Requests.request(config);
      ForkMode mode = ForkMode.parse(config.execution().fork());
      Gate gate = Requests.gate(config.gating());
      List<String> formats = ReportFormats.parse(config.output().formats());
      AnalysisRequest withBaseline = request.withBaseline(Requests.baseline(config));
      try (ProjectHistory history = Analysis.openHistory(withBaseline)) {
        SourceWalker.Walked walked = Analysis.walk(withBaseline, history, naming);
        Optional<String> unmatched = walked.unmatched();
        if (unmatched.isPresent()) {
          if (gate.failOn() != FailOn.NONE) {
            return new Verdict(List.of(), List.of("Perfscope fails the build: " + unmatched.get() + " (with "
                + naming.apply("failOn") + "=none this is a warning)."));
          }
          log.warn(unmatched.get() + ".");
        }
        return analyze(withBaseline, Analysis.scope(history, walked), history, mode, gate, formats);
      }
    });
  }

  /** The baseline goal: every finding written to the baseline file. */
  public RunOutcome baseline() {
    return collected(() -> {
      prepare();
      AnalysisRequest request = Requests.request(config);
      try (ProjectHistory history = Analysis.openHistory(request)) {
        Selection selection = Analysis.scope(history, Analysis.walk(request, history, naming));
        Job job = Job.baseline(config, request, selection);
        Reported done = run(job, ForkMode.parse(config.execution().fork()), history, Set.of());
        log.summary(done.log());
        return new Verdict(done.written(), List.of());
      }
    });
  }

  /**
   * The analysis alone, for a site page: no reports, no gate, no record, no baseline, in this JVM. A value
   * that cannot be used is thrown as the {@link ConfigurationException} it is.
   */
  public AnalysisResult result() {
    AnalysisRequest request = Requests.request(config);
    try (ProjectHistory history = Analysis.openHistory(request)) {
      Selection selection = Analysis.scope(history, Analysis.walk(request, history, naming));
      return analysis.analyze(request, selection, history, Map.of()).result();
    }
  }

  private Verdict analyze(AnalysisRequest request, Selection selection, ProjectHistory history, ForkMode mode,
      Gate gate, List<String> formats) {
    boolean cache = config.execution().cache();
    Optional<RunRecord> previous = cache ? RunRecord.read(runRecordFile()) : Optional.empty();
    RunFingerprint.Taken fingerprint = cache ? RunFingerprint.take(analysis, request, selection.files(),
        history.state(), previous.map(RunRecord::sources).orElse(Map.of())) : null;
    String key = fingerprint == null ? null : runKey(fingerprint.key(), formats);
    Optional<RunRecord> last = previous.filter(r -> r.madeFor(key) && r.reportsIntact(outputDirectory()));
    if (last.isPresent()) {
      return replay(last.get(), fingerprint);
    }
    Job job = Job.analyze(config, request, selection, fingerprint == null ? Map.of() : fingerprint.sources(),
        formats, gate);
    Reported done = run(job, mode, history, unchanged(previous, fingerprint));
    log.summary(done.log());
    if (key != null) {
      // A run with a file over its budget or out of memory is not replayed (no key), but its stamps serve.
      remember(done.repeatable() ? key : null, done, fingerprint.sources());
    }
    return new Verdict(done.written(), done.failures());
  }

  /**
   * The job run in a worker JVM when {@code mode} says so (for {@code auto}: when it would parse enough
   * source, {@code known} aside: the cache has them), else, or when the worker fails, in this JVM.
   */
  private Reported run(Job job, ForkMode mode, ProjectHistory history, Set<String> known) {
    List<SourceFile> toParse = job.selection().files().stream().filter(f -> !known.contains(f.relativePath()))
        .toList();
    if (mode != ForkMode.NEVER && mode.forks(analysis.bytesToParse(job.request(), toParse))) {
      Optional<Reported> forked = new ForkedRun(WorkerJvm.on(config.execution().workerClasspath()), mode,
          log::info, log::warn, naming).run(job);
      if (forked.isPresent()) {
        return forked.get();
      }
    }
    return ReportedRun.run(analysis, job, history);
  }

  /**
   * What every run does first: fails fast when the reports could not be written, says where they go when
   * that is outside the build directory, and removes what a build killed mid-run left (temporary reports, a
   * worker's folder), even when the run is then replayed.
   */
  private void prepare() {
    checkOutputDirectory(outputDirectory());
    if (config.output().outsideBuildDirectory()) {
      log.info("Reports go outside the build directory, as " + naming.apply("outputDirectory") + " says: "
          + outputDirectory());
    }
    AtomicFiles.removeLeftovers(outputDirectory());
    ForkedRun.removeLeftovers();
  }

  /** {@code directory}, or the nearest of its parents that exists, must not be a file. */
  private static void checkOutputDirectory(Path directory) {
    for (Path path = directory; path != null; path = path.getParent()) {
      if (Files.isDirectory(path)) {
        return;
      }
      if (Files.exists(path)) {
        throw new ConfigurationException("outputDirectory", directory.toString(),
            path.equals(directory) ? "an existing file" : path + " is a file",
            "a folder, or a path where one can be created");
      }
    }
  }

  /** Repeats the recorded run whose inputs this one shares: its log, then its verdict. */
  private Verdict replay(RunRecord last, RunFingerprint.Taken fingerprint) {
    log.info("Nothing changed since the last run (sources, configuration, git HEAD, Perfscope build): "
        + "its reports in " + outputDirectory() + " stand.");
    log.summary(last.log());
    if (!last.sources().equals(fingerprint.sources())) {
      keep(last.withSources(fingerprint.sources())); // files touched but not changed: stamp them anew
    }
    return new Verdict(List.of(), last.failures());
  }

  /** The run's inputs and everything the goal adds to them: the gate, the formats, this build of the run. */
  private String runKey(String inputs, List<String> formats) {
    RunConfig.Gating gating = config.gating();
    String all = String.join("\n", inputs, ContentHash.codeOf(RunSession.class), gating.failOn(),
        String.valueOf(gating.failOnParseError()), String.valueOf(gating.maxAllowedCritical()),
        String.valueOf(gating.maxAllowedWarning()), String.valueOf(formats),
        String.valueOf(config.project().repositoryRoot()));
    return ContentHash.of(all.getBytes(StandardCharsets.UTF_8));
  }

  private Path outputDirectory() {
    return config.output().directory();
  }

  private Path runRecordFile() {
    return outputDirectory().resolve(RUN_RECORD);
  }

  /** Keeps what this run did for the next one; failing to only costs the next run its shortcut. */
  private void remember(String key, Reported done, Map<String, FileStamp> sources) {
    try {
      keep(new RunRecord(key, done.log(), RunRecord.stamps(outputDirectory(), done.written()), done.failures(),
          sources));
    } catch (IOException e) {
      log.debug("Cannot stamp this run's reports in " + outputDirectory() + ": " + e.getMessage());
    }
  }

  /** Writes {@code record} for the next run; failing to only costs the next run its shortcut. */
  private void keep(RunRecord record) {
    try {
      record.write(runRecordFile());
    } catch (IOException e) {
      log.debug("Cannot record this run in " + runRecordFile() + ": " + e.getMessage());
    }
  }

  /** The files the last run measured as they are now: its cache has them, so they will not be parsed. */
  private static Set<String> unchanged(Optional<RunRecord> previous, RunFingerprint.Taken fingerprint) {
    if (previous.isEmpty() || fingerprint == null) {
      return Set.of();
    }
    Map<String, FileStamp> before = previous.get().sources();
    return fingerprint.sources().entrySet().stream().filter(e -> e.getValue().equals(before.get(e.getKey())))
        .map(Map.Entry::getKey).collect(Collectors.toSet());
  }

  /** The reports a run wrote and its reasons to fail the build. */
  private record Verdict(List<Path> written, List<String> failures) {}

  private interface Step {
    Verdict run();
  }

  /** The outcome of {@code step}: its log, and its verdict or the error that stopped it, as the user reads it. */
  private RunOutcome collected(Step step) {
    try {
      Verdict verdict = step.run();
      return new RunOutcome(log.lines(), verdict.written(), verdict.failures(), null);
    } catch (ConfigurationException e) {
      return new RunOutcome(log.lines(), List.of(), List.of(), e.message(naming));
    } catch (UncheckedIOException | RunFailedException e) {
      return new RunOutcome(log.lines(), List.of(), List.of(), e.getMessage());
    }
  }
}
