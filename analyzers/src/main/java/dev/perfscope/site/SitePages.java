package dev.perfscope.site;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.Counts;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.Health;
import dev.perfscope.model.ModuleHealth;
import dev.perfscope.model.Summary;
import dev.perfscope.model.Threshold;
import dev.perfscope.report.WhatToDo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The content of the site pages, read from analysis results: one project's page, and one page for the modules
 * of a build. Which figures a page shows is decided here; how they look is the site generator's.
 */
public final class SitePages {
  private static final int MAX_FINDINGS = 50;
  private static final int TOP_FILES = 10;

  private final List<SiteContent.Block> blocks = new ArrayList<>();

  private SitePages() {}

  /** One module of an aggregate: its name, its own result and the link to its interactive report. */
  public record Module(String name, AnalysisResult result, String interactive) {}

  /** One project's page: health, totals, modules by folder, findings, largest files, thresholds. */
  public static SiteContent project(AnalysisResult result, String interactive) {
    SitePages page = new SitePages();
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
    return new SiteContent("Perfscope: size and complexity", page.blocks);
  }

  /** The page of a build's modules: one overall score (all files and findings together), then each module's. */
  public static SiteContent aggregate(List<Module> modules) {
    List<FileMetrics> files = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (Module module : modules) {
      files.addAll(module.result().files());
      findings.addAll(module.result().findings());
    }
    Summary total = Summary.of(files, findings);
    Health overall = Health.overall(files);
    SitePages page = new SitePages();
    page.paragraph("Overall health score " + overall.outOf100() + " over " + Counts.of(modules.size(), "module")
        + ".", null, null);
    page.overview(overall, total);
    page.heading("Modules");
    page.modules(modules);
    for (Module module : modules) {
      page.heading("Module " + module.name());
      page.paragraph("Health score " + module.result().health().outOf100() + ". ", "Interactive report",
          module.interactive());
      page.findings(module.result());
    }
    if (!modules.isEmpty()) {
      page.heading("Thresholds in force");
      page.thresholds(modules.get(0).result().thresholds());
    }
    return new SiteContent("Perfscope: all modules", page.blocks);
  }

  private void paragraph(String text, String linkText, String href) {
    blocks.add(new SiteContent.Paragraph(text, linkText, href));
  }

  private void heading(String title) {
    blocks.add(new SiteContent.Heading(title));
  }

  private void table(List<String> headers, List<List<String>> rows) {
    blocks.add(new SiteContent.Table(headers, rows));
  }

  private void overview(Health health, Summary s) {
    table(List.of("Health score", "Files", "Lines", "Code lines", "Functions", "Critical", "Warnings", "Parse errors"),
        List.of(List.of(health.outOf100(), num(s.files()), num(s.lines()), num(s.codeLines()),
            num(s.functions()), num(s.findings().critical()), num(s.findings().warning()), num(s.parseErrors()))));
  }

  private void modules(List<Module> modules) {
    table(List.of("Module", "Health score", "Files", "Lines", "Functions", "Critical", "Warnings"),
        modules.stream().map(m -> List.of(m.name(), m.result().health().outOf100(),
            num(m.result().summary().files()), num(m.result().summary().lines()),
            num(m.result().summary().functions()), num(m.result().summary().findings().critical()),
            num(m.result().summary().findings().warning()))).toList());
  }

  /** The folders of one tree as modules (docs/health-score.md), weakest first; nothing for a single one. */
  private void folderModules(List<ModuleHealth> modules) {
    if (modules.size() < 2) {
      return;
    }
    heading("Health by module");
    table(List.of("Module", "Health score", "Files", "Code lines"), modules.stream()
        .map(m -> List.of(m.name(), m.health().outOf100(), num(m.files()), num(m.codeLines()))).toList());
  }

  private void findings(AnalysisResult result) {
    if (result.findings().isEmpty()) {
      paragraph("No findings: every file and function is within its thresholds.", null, null);
      return;
    }
    WhatToDo whatToDo = WhatToDo.of(result);
    table(List.of("Severity", "Location", "Finding", "What to do"), result.findings().stream().limit(MAX_FINDINGS)
        .map(f -> List.of(f.severity().id(), location(f), f.message(), whatToDo.of(f))).toList());
    if (result.findings().size() > MAX_FINDINGS) {
      paragraph("... and " + num(result.findings().size() - MAX_FINDINGS) + " more in the HTML and JSON reports.",
          null, null);
    }
  }

  private void largestFiles(AnalysisResult result) {
    table(List.of("File", "Lines", "Code lines", "Functions"), result.files().stream()
        .sorted(Comparator.comparingInt(FileMetrics::lines).reversed().thenComparing(FileMetrics::path))
        .limit(TOP_FILES)
        .map(f -> List.of(f.path(), num(f.lines()), num(f.code()), num(f.functions().size()))).toList());
  }

  private void thresholds(List<Threshold> thresholds) {
    table(List.of("Rule", "Warning above", "Critical above"), thresholds.stream()
        .map(t -> List.of(t.rule(), num(t.warning()), num(t.critical()))).toList());
  }

  private static String location(Finding f) {
    return f.function() == null ? f.path() : f.path() + ":" + f.line();
  }

  private static String num(long value) {
    return Counts.number(value);
  }
}
