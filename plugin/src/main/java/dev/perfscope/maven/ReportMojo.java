package dev.perfscope.maven;

import dev.perfscope.Perfscope;
import dev.perfscope.site.SiteContent;
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
  SiteContent content() throws MavenReportException {
    return orReportError(() -> Perfscope.projectPage(config(project), getReportOutputDirectory().toPath(),
        "perfscope"));
  }
}
