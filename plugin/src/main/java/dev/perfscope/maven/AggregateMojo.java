package dev.perfscope.maven;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.Counts;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.Health;
import dev.perfscope.model.Summary;
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
  void write(SitePage page) throws MavenReportException {
    List<SitePage.Module> modules = new ArrayList<>();
    List<FileMetrics> files = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (MavenProject module : reactorProjects) {
      if (module != project || !"pom".equals(module.getPackaging())) {
        AnalysisResult result = analyze(module);
        modules.add(new SitePage.Module(module.getArtifactId(), result));
        files.addAll(result.files());
        findings.addAll(result.findings());
      }
    }
    Summary total = Summary.of(files, findings);
    Health overall = Health.overall(files);
    page.start("Perfscope: all modules");
    page.paragraph("Overall health score " + overall.outOf100() + " over " + Counts.of(modules.size(), "module") + ".",
        null, null);
    page.overview(overall, total);
    page.heading("Modules");
    page.modules(modules);
    for (SitePage.Module module : modules) {
      page.heading("Module " + module.name());
      String link = interactivePage(module.result(), getOutputName() + "/" + module.name());
      page.paragraph("Health score " + module.result().health().outOf100() + ". ", "Interactive report", link);
      page.findings(module.result());
    }
    if (!modules.isEmpty()) {
      page.heading("Thresholds in force");
      page.thresholds(modules.get(0).result().thresholds());
    }
    page.end();
  }
}
