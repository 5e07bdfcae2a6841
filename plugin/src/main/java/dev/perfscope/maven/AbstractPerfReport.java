package dev.perfscope.maven;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.config.ConfigurationException;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.report.HtmlReport;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.Thresholds;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * What the site reports share: the same source and threshold parameters (and properties) as {@code analyze},
 * running the analysis of one project, and the interactive HTML page kept beside the site page.
 *
 * <p>It implements the reporting interface itself instead of extending maven-reporting-impl's
 * {@code AbstractMavenReport}: that class needs the site plugin's Doxia classes just to be loaded, so with a
 * site plugin too old for them (3.3, what Maven 3.8 binds) Maven would fail with a class loader dump before
 * any of this code runs. This class loads anywhere, and {@link SitePluginCheck} says what to pin.
 */
abstract class AbstractPerfReport extends AbstractMojo implements MavenMultiPageReport {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** Where {@code mvn site} writes the site; the site plugin sets it when it runs the report. */
  @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
  File outputDirectory;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  /** Skips the Perfscope site report. */
  @Parameter(property = "perf.skip", defaultValue = "false")
  boolean skip;

  /** Folders to analyze, relative to each project's base directory; the compile and test source roots when unset. */
  @Parameter(property = "perf.sourceRoots")
  List<String> sourceRoots;

  /** Globs of files to analyze, relative to the base directory; all files when unset. */
  @Parameter(property = "perf.includes")
  List<String> includes;

  /** Globs of files to leave out, relative to the base directory. */
  @Parameter(property = "perf.excludes")
  List<String> excludes;

  /** Encoding of the source files. */
  @Parameter(property = "perf.encoding", defaultValue = "${project.build.sourceEncoding}")
  String encoding;

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

  /** Thresholds for the files a glob matches, as for {@code analyze}: {@code <glob> <rule>=<warning>/<critical> ...}. */
  @Parameter(property = "perf.pathThresholds")
  List<String> pathThresholds;

  /** The kinds of file held to the thresholds, as for {@code analyze}: {@code source}, {@code documentation}, {@code data}, {@code generated}. */
  @Parameter(property = "perf.thresholdKinds", defaultValue = "source")
  String thresholdKinds;

  @Override
  public boolean canGenerateReport() throws MavenReportException {
    if (skip) {
      return false;
    }
    SitePluginCheck.requireSupported(Sink.class);
    return true;
  }

  /** Writes the page of one run of the report, through the site plugin's sink. */
  abstract void write(SitePage page) throws MavenReportException;

  @Override
  public void generate(Sink sink, Locale locale) throws MavenReportException {
    generate(sink, null, locale);
  }

  @Override
  public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
    write(new SitePage(sink));
  }

  /** Run alone ({@code mvn perf:report}), writes the page without the site's frame into the site folder. */
  @Override
  public void execute() throws MojoExecutionException {
    try {
      if (!canGenerateReport()) {
        getLog().info("Perfscope site report skipped.");
        return;
      }
      write(new SitePage(new Xhtml5SinkFactory().createSink(outputDirectory, getOutputName() + ".html")));
    } catch (MavenReportException | IOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  @Override
  public String getCategoryName() {
    return CATEGORY_PROJECT_REPORTS;
  }

  @Override
  public File getReportOutputDirectory() {
    return outputDirectory;
  }

  @Override
  public void setReportOutputDirectory(File directory) {
    outputDirectory = directory;
  }

  @Override
  public boolean isExternalReport() {
    return false;
  }

  @Override
  public String getDescription(Locale locale) {
    return "Size and complexity of the code: health score, findings against thresholds, largest files and most "
        + "complex functions.";
  }

  /** Measures one project's sources with the configured thresholds. */
  AnalysisResult analyze(MavenProject module) throws MavenReportException {
    try {
      return new Analysis().run(Requests.of(new ProjectSources(module, session), sourceRoots, includes, excludes,
          encoding, Requests.thresholds(fileLinesWarning, fileLinesCritical, functionLinesWarning,
              functionLinesCritical, cyclomaticWarning, cyclomaticCritical, cognitiveWarning, cognitiveCritical,
              parametersWarning, parametersCritical, nestingWarning, nestingCritical)
              .withOverrides(Requests.pathThresholds(pathThresholds)).withKinds(Thresholds.kinds(thresholdKinds))));
    } catch (ConfigurationException e) {
      throw new MavenReportException(e.message(AbstractPerfMojo::property), e);
    }
  }

  /** Writes the interactive HTML report into {@code folder} of the site and returns its link from the site page. */
  String interactivePage(AnalysisResult result, String folder) throws MavenReportException {
    try {
      new HtmlReport().write(result, getReportOutputDirectory().toPath().resolve(folder));
      return folder + "/" + HtmlReport.FILE_NAME;
    } catch (IOException e) {
      throw new MavenReportException("Cannot write the HTML report: " + e.getMessage(), e);
    }
  }
}
