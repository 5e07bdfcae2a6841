package dev.perfscope.maven;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.ModuleHealth;
import java.util.Locale;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.reporting.MavenReportException;

/**
 * The Perfscope page of {@code mvn site} (listed under Project Reports): health score, totals, findings with
 * recommendations, largest files and thresholds, plus a link to the interactive HTML report.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractPerfReport {

  @Override
  public String getOutputName() {
    return "perfscope";
  }

  @Override
  public String getName(Locale locale) {
    return "Perfscope";
  }

  @Override
  void write(SitePage page) throws MavenReportException {
    AnalysisResult result = analyze(project);
    String interactive = interactivePage(result, "perfscope");
    page.start("Perfscope: size and complexity");
    page.paragraph("Health score " + result.health().outOf100() + " (see the definition in the Perfscope "
        + "documentation). Charts, sortable tables of every file and function: ", "interactive report", interactive);
    page.overview(result.health(), result.summary());
    page.folderModules(ModuleHealth.of(result.files()));
    page.heading("Findings, what to fix first");
    page.findings(result);
    page.heading("Largest files");
    page.largestFiles(result);
    page.heading("Thresholds in force");
    page.thresholds(result.thresholds());
    page.end();
  }
}
