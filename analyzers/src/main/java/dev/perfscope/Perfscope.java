package dev.perfscope;

import dev.perfscope.config.ConfigurationException;
import dev.perfscope.lang.registry.Languages;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.report.HtmlReport;
import dev.perfscope.run.RunConfig;
import dev.perfscope.run.RunOutcome;
import dev.perfscope.run.RunSession;
import dev.perfscope.site.SiteContent;
import dev.perfscope.site.SitePages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The front door of the core, and all a build tool calls: a run of the analyze goal, of the baseline goal,
 * and the content of the site pages, each from a {@link RunConfig} of plain data. The build tool maps the
 * {@link RunOutcome} to its log and its failures; it never sees the pipeline behind (the {@code run} package
 * orchestrates it: one walk, one git open, fingerprint, replay, fork, record).
 */
public final class Perfscope {
  private Perfscope() {}

  /**
   * Folders, relative to a project's base directory, where the languages Perfscope reads keep their sources
   * though a Java build tool does not list them as source roots ({@code src/main/python}, {@code src/main/ts}).
   */
  public static List<String> conventionalSourceFolders() {
    return Languages.standard().sourceFolders();
  }

  /** The analyze goal: the reports and the gate's verdict, or the last run's when no input changed. */
  public static RunOutcome run(RunConfig config) {
    return new RunSession(config).analyze();
  }

  /** The baseline goal: every current finding written to the configured baseline file. */
  public static RunOutcome baseline(RunConfig config) {
    return new RunSession(config).baseline();
  }

  /**
   * One project's site page, its interactive HTML report written into {@code folder} of the {@code site}
   * directory and linked from it. A {@link Failure} says what stopped it, in the user's words.
   */
  public static SiteContent projectPage(RunConfig config, Path site, String folder) {
    AnalysisResult result = result(config);
    return SitePages.project(result, interactivePage(result, site, folder));
  }

  /** One module of a build: its name and its configuration. */
  public record Module(String name, RunConfig config) {}

  /**
   * The page of a build's modules, each module analyzed, its interactive HTML report written into
   * {@code folder/<module>} of the {@code site} directory and linked from it.
   */
  public static SiteContent aggregatePage(List<Module> modules, Path site, String folder) {
    List<AnalysisResult> results = modules.stream().map(module -> result(module.config())).toList();
    List<SitePages.Module> pages = new ArrayList<>();
    for (int i = 0; i < modules.size(); i++) {
      String name = modules.get(i).name();
      pages.add(new SitePages.Module(name, results.get(i), interactivePage(results.get(i), site, folder + "/" + name)));
    }
    return SitePages.aggregate(pages);
  }

  /** What stopped a site page, said as the user reads it (settings named as the configuration says). */
  public static final class Failure extends RuntimeException {
    Failure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static AnalysisResult result(RunConfig config) {
    try {
      return new RunSession(config).result();
    } catch (ConfigurationException e) {
      throw new Failure(e.message(config::setting), e);
    }
  }

  private static String interactivePage(AnalysisResult result, Path site, String folder) {
    try {
      new HtmlReport().write(result, site.resolve(folder));
      return folder + "/" + HtmlReport.FILE_NAME;
    } catch (IOException e) {
      throw new Failure("Cannot write the HTML report: " + e.getMessage(), e);
    }
  }
}
