package dev.perfscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.ChangeScope;
import dev.perfscope.model.FileHistory;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.HistoryInfo;
import dev.perfscope.model.Hotspot;
import dev.perfscope.model.Problem;
import dev.perfscope.model.TrendPoint;
import dev.perfscope.threshold.ThresholdCheck;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
  @TempDir Path out;

  private static AnalysisResult sample() {
    List<FileMetrics> files = List.of(
        new FileMetrics("src/Big.java", "java", null, 1200, 1100, 50, 50, 1, null, new Problem(3, 4, "bad bytes"),
            List.of(new FunctionMetrics("Big.run", 10, 30, 21, 12, 2, 11, 9, 2)), List.of(), null, null, null),
        new FileMetrics("src/Broken.java", "java", null, 3, 3, 0, 0, 0, new Problem(2, 7, "unexpected ;"), null, List.of(), List.of(), null, null, null));
    return AnalysisResult.of(new AnalysisResult.Tool("perfscope", "1.2.3"), "/project", files,
        new ThresholdCheck(Thresholds.defaults()).check(files));
  }

  @Test
  void readsBackTheSameModelItWrote() throws IOException {
    AnalysisResult result = sample();
    Path written = new JsonReport().write(result, out);
    assertThat(written.getFileName().toString()).isEqualTo("perf-report.json");
    assertThat(JsonReport.read(written)).isEqualTo(result);
  }

  @Test
  void writesContractKeysNullsForAbsentProblemsAndNoFunctionKeyOnFileFindings() throws IOException {
    String json = Files.readString(new JsonReport().write(sample(), out));
    assertThat(json).contains("\"schemaVersion\" : 1", "\"severity\" : \"critical\"", "\"parseError\" : null",
        "\"decodeError\" : null", "\"function\" : \"Big.run\"", "\"maxNesting\" : 2");
    String fileFinding = json.substring(json.indexOf("\"rule\" : \"file-lines\""));
    assertThat(fileFinding.substring(0, fileFinding.indexOf('}'))).doesNotContain("\"function\"");
  }

  @Test
  void aSplitPartListsWhatItImportsFromTheOthersAndAPartImportingNothingHasNoKey() throws IOException {
    AnalysisResult result = sample().withRecommendations(ReportSamples.recommendations(sample().files()));
    Path written = new JsonReport().write(result, out);
    String json = Files.readString(written);

    assertThat(json.replaceAll("\\s+", " ")).contains(
        "\"imports\" : [ { \"from\" : \"BillingTax.java\", \"names\" : [ \"tax\" ] } ]");
    assertThat(json.split("\"imports\"", -1)).hasSize(2);
    assertThat(JsonReport.read(written)).isEqualTo(result);
  }

  @Test
  void withoutGitThereAreNoHistoryKeysAndWithItTheModelReadsBack() throws IOException {
    String json = Files.readString(new JsonReport().write(sample(), out));
    assertThat(json).doesNotContain("\"history\"", "\"hotspots\"", "\"since\"");

    AnalysisResult plain = sample();
    List<FileMetrics> files = List.of(plain.files().get(0).withHistory(
        new FileHistory(3, 2, 40, 5, "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z")), plain.files().get(1));
    AnalysisResult withHistory = plain.withHistory(HistoryInfo.of("abc1234", 90, true, 1, "only 1 commit"), files,
            List.of(new Hotspot("src/Big.java", 1.0, 45, 11,
                List.of(new TrendPoint("abc1234", "2026-02-01T00:00:00Z", 1200, 11)))))
        .withSince(new ChangeScope("origin/main", "def5678", 2));
    assertThat(JsonReport.read(new JsonReport().write(withHistory, out))).isEqualTo(withHistory);
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    new JsonReport().write(sample(), out);
    new JsonReport().write(sample(), out);
    try (var listing = Files.list(out)) {
      assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("perf-report.json");
    }
  }
}
