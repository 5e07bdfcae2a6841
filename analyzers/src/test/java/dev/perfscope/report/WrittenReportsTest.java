package dev.perfscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown, SARIF and Checkstyle reports of a sample project, compared with their golden files. */
class WrittenReportsTest {
  @TempDir Path out;

  @Test
  void markdown() throws IOException {
    AnalysisResult shop = ReportSamples.shop();
    Path written = new MarkdownReport().write(shop, out);
    assertThat(written.getFileName().toString()).isEqualTo("perf-report.md");
    Golden.check(written, "perf-report.md", shop.root());
  }

  @Test
  void sarif() throws IOException {
    AnalysisResult shop = ReportSamples.shop();
    Golden.check(new SarifReport(Path.of("/work")).write(shop, out), "perf-report.sarif", shop.root());
  }

  @Test
  void checkstyle() throws IOException {
    AnalysisResult shop = ReportSamples.shop();
    Golden.check(new CheckstyleReport().write(shop, out), "perf-checkstyle.xml", shop.root());
  }
}
