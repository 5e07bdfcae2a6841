package dev.perfscope.maven;

import dev.perfscope.Perfscope;
import dev.perfscope.site.SiteContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReportException;

/**
 * One site page for a whole reactor, generated at its root: a table of the modules with their health scores,
 * one overall score (all files and findings together, see {@code docs/health-score.md}), and each module's
 * findings. Needs no aggregation module; modules other than the root skip it.
 */
@Mojo(name = "report-aggregate", aggregator = true, inheritByDefault = false, threadSafe = true)
public class AggregateMojo extends AbstractPerfReport {

  @Parameter(defaultValue = "${reactorProjects}", readonly = true, required = true)
  List<MavenProject> reactorProjects;

  @Override
  public String getOutputName() {
    return "perfscope-aggregate";
  }

  @Override
  public String getName(Locale locale) {
    return "Perfscope (all modules)";
  }

  @Override
  public boolean canGenerateReport() throws MavenReportException {
    return super.canGenerateReport() && project.isExecutionRoot();
  }

  @Override
  SiteContent content() throws MavenReportException {
    List<Perfscope.Module> modules = new ArrayList<>();
    for (MavenProject module : reactorProjects) {
      if (module != project || !"pom".equals(module.getPackaging())) {
        modules.add(new Perfscope.Module(module.getArtifactId(), config(module)));
      }
    }
    return orReportError(() -> Perfscope.aggregatePage(modules, getReportOutputDirectory().toPath(),
        getOutputName()));
  }
}
