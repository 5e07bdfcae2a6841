package dev.perfscope.maven;

import dev.perfscope.Perfscope;
import dev.perfscope.config.Defaults;
import dev.perfscope.run.RunConfig;
import dev.perfscope.site.SiteContent;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * What the site reports share: the parameters of every goal ({@link AbstractPerfMojo}: sources, limits,
 * history, thresholds), each project analyzed in the build's JVM, and the interactive HTML page kept beside
 * the site page. A site page shows the whole project as it is: no pull-request mode, no baseline, no cache.
 *
 * <p>It implements the reporting interface itself instead of extending maven-reporting-impl's
 * {@code AbstractMavenReport}: that class needs the site plugin's Doxia classes just to be loaded, so with a
 * site plugin too old for them (3.3, what Maven 3.8 binds) Maven would fail with a class loader dump before
 * any of this code runs. This class loads anywhere, and {@link SitePluginCheck} says what to pin.
 */
abstract class AbstractPerfReport extends AbstractPerfMojo implements MavenMultiPageReport {

  /** Where {@code mvn site} writes the site; the site plugin sets it when it runs the report. */
  @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
  File outputDirectory;

  @Override
  public boolean canGenerateReport() throws MavenReportException {
    if (skip) {
      return false;
    }
    SitePluginCheck.requireSupported(Sink.class);
    return true;
  }

  /** The page's content: the core analyzes and reads the results, the site's sink renders it. */
  abstract SiteContent content() throws MavenReportException;

  /** Writes the page of one run of the report, through the site plugin's sink. */
  private void write(SitePage page) throws MavenReportException {
    page.write(content());
  }

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

  /**
   * The configuration of one project's analysis for the site: the shared parameters, in this JVM, without
   * cache, baseline or pull-request mode; the interactive report goes into the site folder.
   */
  RunConfig config(MavenProject module) {
    ProjectSources sources = new ProjectSources(module, session);
    return new RunConfig(project(sources, sources.neverEntered(null)), inputs(null), checks(null),
        RunConfig.Gating.defaults(), new RunConfig.Execution(threads, false, "never", List.of()),
        new RunConfig.Output(outputDirectory.toPath(), false, Defaults.FORMATS), PROPERTY_PREFIX, duplicates());
  }

  /** The content {@code page} gives, with what stopped it said as the report's error. */
  static SiteContent orReportError(Supplier<SiteContent> page) throws MavenReportException {
    try {
      return page.get();
    } catch (Perfscope.Failure e) {
      throw new MavenReportException(e.getMessage(), e);
    }
  }
}
