package dev.perfscope.maven;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.config.ConfigurationException;
import dev.perfscope.analysis.ForkMode;
import dev.perfscope.analysis.InputLimits;
import dev.perfscope.analysis.WorkerJvm;
import dev.perfscope.infra.AtomicFiles;
import dev.perfscope.report.ConsoleSummary;
import dev.perfscope.run.ForkedRun;
import dev.perfscope.run.ReportedRun;
import dev.perfscope.run.RunFailedException;
import dev.perfscope.run.RunJob;
import dev.perfscope.run.RunOutcome;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.Thresholds;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What every Perfscope goal shares: which sources to read, the thresholds, the output folder and {@code skip}. */
abstract class AbstractPerfMojo extends AbstractMojo {
  private static final String CACHE_FILE = "perf-cache.json.gz";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  /** Skips Perfscope entirely. */
  @Parameter(property = "perf.skip", defaultValue = "false")
  boolean skip;

  /**
   * Folders to analyze, relative to the base directory; each must exist. When unset: the compile and test
   * source roots, plus {@code src/main/python}, {@code src/test/python} and the JavaScript and TypeScript
   * folders ({@code src/main/js}, {@code src/main/ts}, their {@code src/test} twins, {@code src/main/frontend})
   * when present (or the whole
   * directory when there is no pom).
   */
  @Parameter(property = "perf.sourceRoots")
  List<String> sourceRoots;

  /** Globs of files to analyze, relative to the base directory (e.g. {@code **}{@code /*.java}); all files when unset. */
  @Parameter(property = "perf.includes")
  List<String> includes;

  /** Globs of files to leave out, relative to the base directory (e.g. {@code **}{@code /legacy/**}). */
  @Parameter(property = "perf.excludes")
  List<String> excludes;

  /** Encoding of the source files; bytes that do not decode are replaced and reported. */
  @Parameter(property = "perf.encoding", defaultValue = "${project.build.sourceEncoding}")
  String encoding;

  /**
   * Where the reports are written. By default under the build directory; a folder outside it is used only
   * because it is configured here, and the build log says so.
   */
  @Parameter(property = "outputDirectory", defaultValue = "${project.build.directory}/perf")
  File outputDirectory;

  /**
   * A file larger than this only gets its lines counted, with a note in the report: a byte count or a
   * number with {@code KB}, {@code MB} or {@code GB} (e.g. {@code 512KB}).
   */
  @Parameter(property = "perf.maxFileSize", defaultValue = "5MB")
  String maxFileSize;

  /** Seconds one file may take to analyze; a file over it is reported as a parse error and its lines counted. */
  @Parameter(property = "parseTimeout", defaultValue = "10")
  int parseTimeout;

  /**
   * Follows symbolic links in the source roots; even then, nothing outside the source roots is read and a
   * link loop is walked once. Links are skipped when unset.
   */
  @Parameter(property = "perf.followLinks", defaultValue = "false")
  boolean followLinks;

  /**
   * How many files are analyzed at once, and at most how many threads diff git history (at most half the
   * processors do); by default as many as there are processors.
   */
  @Parameter(property = "perf.threads")
  Integer threads;

  /**
   * Keeps file metrics between runs in {@code perf-cache.json.gz} under the output directory, so that a run
   * parses only the files whose content changed, and each commit's changes in
   * {@code perf-history-cache.json.gz}, so that history diffs only the commits it has not seen.
   * {@code analyze} also records its run in {@code perf-run.json}: when no input changed (files,
   * configuration, git HEAD, Perfscope build) and its reports are untouched, the next run repeats that run's
   * summary and verdict instead of analyzing again.
   */
  @Parameter(property = "perf.cache", defaultValue = "true")
  boolean cache;

  /**
   * Where files are parsed: {@code auto} parses in a JVM of its own when there is a megabyte or more of
   * source to parse (a first run, a big change), {@code always} does so whenever there is anything to parse, and
   * {@code never} parses in the build's JVM. That JVM is tuned for a short burst of parsing (the parallel
   * collector, the C1 compiler only) and gets the build JVM's heap limit; the results are the same either way.
   */
  @Parameter(property = "perf.fork", defaultValue = "auto")
  String fork;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  /**
   * The baseline file: {@code perf:baseline} writes it, and when it exists {@code perf:analyze} fails only on
   * findings that are new or worse than in it.
   */
  @Parameter(property = "perf.baseline", defaultValue = "${project.basedir}/perf-baseline.json")
  File baseline;

  /**
   * Thresholds for the files a glob matches, replacing the defaults there; the last matching entry wins.
   * Each entry is {@code <glob> <rule>=<warning>/<critical> ...}, e.g.
   * {@code src/test/** function-lines=150/300 cyclomatic=20/40}.
   */
  @Parameter(property = "perf.pathThresholds")
  List<String> pathThresholds;

  /**
   * The kinds of file held to the thresholds, comma-separated: {@code source}, {@code documentation},
   * {@code data}, {@code generated}. The others are counted either way, and only source gets advice.
   */
  @Parameter(property = "perf.thresholdKinds", defaultValue = "source")
  String thresholdKinds;

  /** A file with more lines than this is a warning. */
  @Parameter(property = "perf.file-lines.warning", defaultValue = Rule.Defaults.FILE_LINES_WARNING)
  int fileLinesWarning;

  /** A file with more lines than this is critical. */
  @Parameter(property = "perf.file-lines.critical", defaultValue = Rule.Defaults.FILE_LINES_CRITICAL)
  int fileLinesCritical;

  /** A function with more lines than this is a warning. */
  @Parameter(property = "perf.function-lines.warning", defaultValue = Rule.Defaults.FUNCTION_LINES_WARNING)
  int functionLinesWarning;

  /** A function with more lines than this is critical. */
  @Parameter(property = "perf.function-lines.critical", defaultValue = Rule.Defaults.FUNCTION_LINES_CRITICAL)
  int functionLinesCritical;

  /** A function with a cyclomatic complexity above this is a warning. */
  @Parameter(property = "perf.cyclomatic.warning", defaultValue = Rule.Defaults.CYCLOMATIC_WARNING)
  int cyclomaticWarning;

  /** A function with a cyclomatic complexity above this is critical. */
  @Parameter(property = "perf.cyclomatic.critical", defaultValue = Rule.Defaults.CYCLOMATIC_CRITICAL)
  int cyclomaticCritical;

  /** A function with a cognitive complexity above this is a warning. */
  @Parameter(property = "perf.cognitive.warning", defaultValue = Rule.Defaults.COGNITIVE_WARNING)
  int cognitiveWarning;

  /** A function with a cognitive complexity above this is critical. */
  @Parameter(property = "perf.cognitive.critical", defaultValue = Rule.Defaults.COGNITIVE_CRITICAL)
  int cognitiveCritical;

  /** A function with more parameters than this is a warning. */
  @Parameter(property = "perf.parameters.warning", defaultValue = Rule.Defaults.PARAMETERS_WARNING)
  int parametersWarning;

  /** A function with more parameters than this is critical. */
  @Parameter(property = "perf.parameters.critical", defaultValue = Rule.Defaults.PARAMETERS_CRITICAL)
  int parametersCritical;

  /** A function nesting control structures deeper than this is a warning. */
  @Parameter(property = "perf.nesting.warning", defaultValue = Rule.Defaults.NESTING_WARNING)
  int nestingWarning;

  /** A function nesting control structures deeper than this is critical. */
  @Parameter(property = "perf.nesting.critical", defaultValue = Rule.Defaults.NESTING_CRITICAL)
  int nestingCritical;

  /** Reads each file's git history (commits, authors, churn) and ranks hotspots; off, or outside git, nothing is read. */
  @Parameter(property = "perf.history", defaultValue = "true")
  boolean history;

  /** How many days of history before the last commit count for churn and hotspots. */
  @Parameter(property = "perf.historyDays", defaultValue = "365")
  int historyDays;

  /**
   * Pull-request mode: a branch, tag or commit (e.g. {@code origin/main}); only the files changed since the
   * merge base with it, working-tree changes included, are analyzed and gated.
   */
  @Parameter(property = "perf.since")
  String since;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Perfscope is skipped (perf.skip).");
      return;
    }
    try {
      checkOutputDirectory(outputDirectory());
      if (!sources().underBuildDirectory(outputDirectory())) {
        getLog().info("Reports go outside the build directory, as perf.outputDirectory says: " + outputDirectory());
      }
      // what a build killed mid-run left: temporary reports, a worker's folder; removed even by a replayed run
      AtomicFiles.removeLeftovers(outputDirectory());
      ForkedRun.removeLeftovers();
      run(request());
    } catch (ConfigurationException e) {
      // also raised by the core, e.g. for a perf.since ref that does not resolve, before any file is read
      throw new MojoExecutionException(e.message(AbstractPerfMojo::property), e);
    }
  }

  /** The user property of a setting the core names neutrally: {@code since} is {@code perf.since}. */
  static String property(String setting) {
    return "perf." + setting;
  }

  /**
   * Fails fast when the reports could not be written: {@code directory}, or the nearest of its parents that
   * exists, is a file.
   */
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

  /** The goal's own work, on a validated request; a configuration error found on the way fails fast. */
  abstract void run(AnalysisRequest request) throws MojoExecutionException, MojoFailureException;

  ForkMode forkMode() {
    return ForkMode.parse(fork);
  }

  /**
   * The job run in a worker JVM when {@code mode} says so (for {@code auto}: when it would parse enough
   * source, {@code known} aside: the cache has them), else, or when the worker fails, in this JVM.
   */
  RunOutcome runJob(RunJob job, ForkMode mode, Set<String> known) throws MojoExecutionException {
    Analysis here = new Analysis();
    try {
      if (mode != ForkMode.NEVER && mode.forks(here.bytesToParse(job.request(), known))) {
        Optional<RunOutcome> forked = new ForkedRun(workerJvm(), mode, getLog()::info, getLog()::warn).run(job);
        if (forked.isPresent()) {
          return forked.get();
        }
      }
      return ReportedRun.run(here, job);
    } catch (ConfigurationException e) {
      throw new MojoExecutionException(e.message(AbstractPerfMojo::property), e);
    } catch (UncheckedIOException | RunFailedException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /** A run's log lines: at warning level those the summary marks as warnings, the others as information. */
  void log(List<String> lines) {
    for (String line : lines) {
      if (line.startsWith(ConsoleSummary.WARNING)) {
        getLog().warn(line.substring(ConsoleSummary.WARNING.length()));
      } else {
        getLog().info(line);
      }
    }
  }

  /** A worker JVM running from this plugin's class path. */
  private WorkerJvm workerJvm() {
    return WorkerJvm.on(plugin.getArtifacts().stream().map(Artifact::getFile).filter(Objects::nonNull)
        .map(File::toPath).toList());
  }

  Path outputDirectory() {
    return sources().resolve(outputDirectory, "target/perf").toAbsolutePath().normalize();
  }

  Path baselineFile() {
    return sources().resolve(baseline, "perf-baseline.json");
  }

  ProjectSources sources() {
    return new ProjectSources(project, session);
  }

  private AnalysisRequest request() {
    return Requests.of(sources(), sourceRoots, includes, excludes, encoding, Requests.thresholds(
            fileLinesWarning, fileLinesCritical, functionLinesWarning, functionLinesCritical, cyclomaticWarning,
            cyclomaticCritical, cognitiveWarning, cognitiveCritical, parametersWarning, parametersCritical,
            nestingWarning, nestingCritical).withOverrides(Requests.pathThresholds(pathThresholds))
            .withKinds(Thresholds.kinds(thresholdKinds)))
        .withNeverEntered(sources().neverEntered(outputDirectory()))
        .withExecution(threads == null ? Runtime.getRuntime().availableProcessors() : threads,
            cache ? outputDirectory().resolve(CACHE_FILE) : null)
        .withHistory(AnalysisRequest.history(history, historyDays, since))
        .withInputs(limits(), followLinks);
  }

  private InputLimits limits() {
    if (parseTimeout < 1) {
      throw new ConfigurationException("parseTimeout", String.valueOf(parseTimeout), "a whole number >= 1");
    }
    return new InputLimits(InputLimits.size(maxFileSize), Duration.ofSeconds(parseTimeout));
  }
}
