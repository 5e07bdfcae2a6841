package dev.perfscope.maven;

import dev.perfscope.config.Defaults;
import dev.perfscope.run.RunConfig;
import dev.perfscope.run.RunOutcome;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the build goals ({@code analyze}, {@code baseline}) add to the shared parameters: the output folder,
 * the cache, where files are parsed, the baseline file and pull-request mode. Each goal hands the core one
 * {@link RunConfig} and maps the outcome to Maven: its lines to the log, a configuration error to a
 * {@link MojoExecutionException}, the gate's failure to a {@link MojoFailureException}.
 */
abstract class AbstractBuildMojo extends AbstractPerfMojo {
  /**
   * Where the reports are written. By default under the build directory; a folder outside it is used only
   * because it is configured here, and the build log says so.
   */
  @Parameter(property = "perf.outputDirectory", defaultValue = "${project.build.directory}/perf")
  File outputDirectory;

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
  @Parameter(property = "perf.fork", defaultValue = Defaults.FORK)
  String fork;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution mojoExecution;

  /**
   * The baseline file: {@code perf:baseline} writes it, and when it exists {@code perf:analyze} fails only on
   * findings that are new or worse than in it.
   */
  @Parameter(property = "perf.baseline", defaultValue = "${project.basedir}/perf-baseline.json")
  File baseline;

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
    RunOutcome outcome = run(config());
    for (RunOutcome.Line line : outcome.log()) {
      switch (line.level()) {
        case DEBUG -> getLog().debug(line.text());
        case INFO -> getLog().info(line.text());
        case WARNING -> getLog().warn(line.text());
      }
    }
    if (outcome.error() != null) {
      throw new MojoExecutionException(outcome.error());
    }
    if (!outcome.failures().isEmpty()) {
      throw new MojoFailureException(String.join("\n", outcome.failures()));
    }
  }

  /** The goal's run. */
  abstract RunOutcome run(RunConfig config);

  /** What the goal's gate and reports are; the defaults for a goal that has neither. */
  RunConfig.Gating gating() {
    return RunConfig.Gating.defaults();
  }

  String formats() {
    return Defaults.FORMATS;
  }

  /**
   * The modules whose sources the run reads. A goal that needs no project runs once per build when it is
   * called on the command line, at the top of the reactor, so it then reads every module of the reactor; bound
   * to a phase, it runs in each module and reads that module.
   */
  List<MavenProject> modules() {
    boolean calledOnce = mojoExecution != null && mojoExecution.getSource() == MojoExecution.Source.CLI;
    List<MavenProject> reactor = session == null ? List.of() : session.getProjects();
    return calledOnce && reactor != null && reactor.size() > 1 ? reactor : List.of(project);
  }

  private RunConfig config() {
    List<MavenProject> modules = modules();
    ProjectSources sources = new ProjectSources(project, session, modules);
    if (modules.size() > 1) {
      getLog().info("Reading the sources of the " + modules.size() + " projects of the reactor together,"
          + " from its top: " + sources.basedir());
    }
    Path output = sources.resolve(outputDirectory, "target/perf").toAbsolutePath().normalize();
    return new RunConfig(project(sources, sources.neverEntered(output)), inputs(since),
        checks(sources.resolve(baseline, "perf-baseline.json")), gating(),
        new RunConfig.Execution(threads, cache, fork, plugin.getArtifacts().stream().map(Artifact::getFile)
            .filter(Objects::nonNull).map(File::toPath).toList()),
        new RunConfig.Output(output, !sources.underBuildDirectory(output), formats()), PROPERTY_PREFIX,
        duplicates());
  }
}
