package dev.perfscope.maven;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.Counts;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.Health;
import dev.perfscope.model.ModuleHealth;
import dev.perfscope.model.Summary;
import dev.perfscope.model.Threshold;
import dev.perfscope.report.RuleGuide;
import java.util.Comparator;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;

/** The site pages' building blocks, written through Doxia's {@link Sink}, which escapes all text. */
final class SitePage {
  private static final int MAX_FINDINGS = 50;
  private static final int TOP_FILES = 10;

  private final Sink sink;

  SitePage(Sink sink) {
    this.sink = sink;
  }

  void start(String title) {
    sink.head();
    sink.title();
    sink.text(title);
    sink.title_();
    sink.head_();
    sink.body();
    sink.section1();
    sink.sectionTitle1();
    sink.text(title);
    sink.sectionTitle1_();
  }

  void end() {
    sink.section1_();
    sink.body_();
    sink.flush();
    sink.close();
  }

  void paragraph(String text, String linkText, String href) {
    sink.paragraph();
    sink.text(text);
    if (href != null) {
      sink.link(href);
      sink.text(linkText);
      sink.link_();
    }
    sink.paragraph_();
  }

  void heading(String title) {
    sink.section2();
    sink.sectionTitle2();
    sink.text(title);
    sink.sectionTitle2_();
    sink.section2_();
  }

  void overview(Health health, Summary s) {
    table(List.of("Health score", "Files", "Lines", "Code lines", "Functions", "Critical", "Warnings", "Parse errors"),
        List.of(List.of(health.outOf100(), num(s.files()), num(s.lines()), num(s.codeLines()),
            num(s.functions()), num(s.findings().critical()), num(s.findings().warning()), num(s.parseErrors()))));
  }

  void modules(List<Module> modules) {
    table(List.of("Module", "Health score", "Files", "Lines", "Functions", "Critical", "Warnings"),
        modules.stream().map(m -> List.of(m.name(), m.result().health().outOf100(),
            num(m.result().summary().files()), num(m.result().summary().lines()),
            num(m.result().summary().functions()), num(m.result().summary().findings().critical()),
            num(m.result().summary().findings().warning()))).toList());
  }

  /** The folders of one tree as modules (docs/health-score.md), weakest first; nothing for a single one. */
  void folderModules(List<ModuleHealth> modules) {
    if (modules.size() < 2) {
      return;
    }
    heading("Health by module");
    table(List.of("Module", "Health score", "Files", "Code lines"), modules.stream()
        .map(m -> List.of(m.name(), m.health().outOf100(), num(m.files()), num(m.codeLines()))).toList());
  }

  void findings(AnalysisResult result) {
    if (result.findings().isEmpty()) {
      paragraph("No findings: every file and function is within its thresholds.", null, null);
      return;
    }
    table(List.of("Severity", "Location", "Finding", "Recommendation"), result.findings().stream().limit(MAX_FINDINGS)
        .map(f -> List.of(f.severity().id(), location(f), f.message(), RuleGuide.of(f).solution())).toList());
    if (result.findings().size() > MAX_FINDINGS) {
      paragraph("... and " + num(result.findings().size() - MAX_FINDINGS) + " more in the HTML and JSON reports.",
          null, null);
    }
  }

  void largestFiles(AnalysisResult result) {
    table(List.of("File", "Lines", "Code lines", "Functions"), result.files().stream()
        .sorted(Comparator.comparingInt(FileMetrics::lines).reversed().thenComparing(FileMetrics::path))
        .limit(TOP_FILES)
        .map(f -> List.of(f.path(), num(f.lines()), num(f.code()), num(f.functions().size()))).toList());
  }

  void thresholds(List<Threshold> thresholds) {
    table(List.of("Rule", "Warning above", "Critical above"), thresholds.stream()
        .map(t -> List.of(t.rule(), num(t.warning()), num(t.critical()))).toList());
  }

  private void table(List<String> headers, List<List<String>> rows) {
    sink.table();
    sink.tableRows(null, false);
    sink.tableRow();
    headers.forEach(h -> cell(h, true));
    sink.tableRow_();
    for (List<String> row : rows) {
      sink.tableRow();
      row.forEach(value -> cell(value, false));
      sink.tableRow_();
    }
    sink.tableRows_();
    sink.table_();
  }

  private void cell(String text, boolean header) {
    if (header) {
      sink.tableHeaderCell();
      sink.text(text);
      sink.tableHeaderCell_();
    } else {
      sink.tableCell();
      sink.text(text);
      sink.tableCell_();
    }
  }

  private static String location(Finding f) {
    return f.function() == null ? f.path() : f.path() + ":" + f.line();
  }

  private static String num(long value) {
    return Counts.number(value);
  }

  /** One module of an aggregate: its name and its own result. */
  record Module(String name, AnalysisResult result) {}
}
