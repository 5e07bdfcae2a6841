package dev.perfscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
  void sarifFingerprintsSurviveCodeMovingButNotARename() {
    AnalysisResult shop = ReportSamples.shop();
    AnalysisResult moved = ReportSamples.shop(10, "Billing.invoice");
    AnalysisResult renamed = ReportSamples.shop(0, "Billing.bill");
    assertThat(fingerprints(moved)).isEqualTo(fingerprints(shop));
    assertThat(fingerprints(renamed)).isNotEqualTo(fingerprints(shop)).hasSameSizeAs(fingerprints(shop));
  }

  private static List<String> fingerprints(AnalysisResult result) {
    List<String> prints = new ArrayList<>();
    new SarifReport(null).toSarif(result).at("/runs/0/results")
        .forEach(r -> prints.add(r.at("/partialFingerprints/perfscopeFinding~1v1").asText()));
    return prints.stream().sorted().toList();
  }

  @Test
  void checkstyle() throws IOException {
    AnalysisResult shop = ReportSamples.shop();
    Golden.check(new CheckstyleReport().write(shop, out), "perf-checkstyle.xml", shop.root());
  }
}
