package dev.perfscope.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.BaselineSummary;
import dev.perfscope.model.Finding;
import dev.perfscope.model.Severity;
import dev.perfscope.threshold.FailOn;
import dev.perfscope.threshold.Gate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineComparisonTest {
  private static Finding finding(String path, int line, String function, String rule, int value) {
    return new Finding(rule, Severity.CRITICAL, path, line, function, value, 20,
        function + ": " + rule + " " + value + " (critical > 20)", null);
  }

  private static final Baseline BASELINE = new Baseline(Baseline.SCHEMA_VERSION, "t", List.of(
      new BaselineEntry("cyclomatic", "A.java", "A.grown", 25),
      new BaselineEntry("cyclomatic", "A.java", "A.shrunk", 30),
      new BaselineEntry("cyclomatic", "A.java", "A.same", 22),
      new BaselineEntry("cyclomatic", "A.java", "A.gone", 40),
      new BaselineEntry("cyclomatic", "A.java", "A.over", 24),
      new BaselineEntry("cyclomatic", "A.java", "A.over", 21)));

  private static final List<Finding> NOW = List.of(
      finding("A.java", 90, "A.grown", "cyclomatic", 27), // lines moved: matching ignores them
      finding("A.java", 10, "A.shrunk", "cyclomatic", 23),
      finding("A.java", 50, "A.same", "cyclomatic", 22),
      finding("A.java", 70, "A.fresh", "cyclomatic", 21),
      finding("A.java", 80, "A.over", "cyclomatic", 21), // two overloads: pair largest first
      finding("A.java", 85, "A.over", "cyclomatic", 24));

  @Test
  void marksEachFindingAndListsWhatImprovedOrDisappeared() {
    BaselineComparison.Outcome outcome = BaselineComparison.compare(NOW, BASELINE, "perf-baseline.json");

    assertThat(outcome.findings()).extracting(Finding::function, Finding::baseline).containsExactly(
        tuple("A.grown", "worse"), tuple("A.shrunk", "improved"), tuple("A.same", "unchanged"),
        tuple("A.fresh", "new"), tuple("A.over", "unchanged"), tuple("A.over", "unchanged"));
    BaselineSummary summary = outcome.summary();
    assertThat(summary.newFindings()).isEqualTo(1);
    assertThat(summary.unchanged()).isEqualTo(3);
    assertThat(summary.worse()).containsExactly(new BaselineSummary.Change("cyclomatic", "A.java", "A.grown", 25, 27));
    assertThat(summary.improved()).containsExactly(new BaselineSummary.Change("cyclomatic", "A.java", "A.shrunk", 30, 23));
    assertThat(summary.resolved()).containsExactly(new BaselineSummary.Change("cyclomatic", "A.java", "A.gone", 40, null));
  }

  @Test
  void theGateFailsOnlyOnNewAndWorseFindingsAndSaysWhich() {
    BaselineComparison.Outcome outcome = BaselineComparison.compare(NOW, BASELINE, "perf-baseline.json");
    AnalysisResult result = AnalysisResult.of(new AnalysisResult.Tool("perfscope", "t"), "/r", List.of(), NOW)
        .withBaseline(outcome.findings(), outcome.summary());

    assertThat(new Gate(FailOn.CRITICAL, false).evaluate(result).reasons()).containsExactly(
        "A.java:90 A.grown: cyclomatic 27 (critical > 20), worse than the baseline (was 25)",
        "A.java:70 A.fresh: cyclomatic 21 (critical > 20), new since the baseline");
    assertThat(new Gate(FailOn.CRITICAL, false, Map.of(Severity.CRITICAL, 2)).evaluate(result).passed()).isTrue();
    assertThat(new Gate(FailOn.CRITICAL, false, Map.of(Severity.CRITICAL, 1)).evaluate(result).passed()).isFalse();
  }

  @Test
  void aWrittenBaselineReadsBackEqual(@TempDir Path dir) throws IOException {
    Path file = dir.resolve(Baseline.FILE_NAME);
    BaselineFile.write(BASELINE, file);
    assertThat(BaselineFile.read(file)).isEqualTo(BASELINE);
  }

  @Test
  void aFileThatIsNotABaselineIsOneLineSayingWhatAndWhere(@TempDir Path dir) throws IOException {
    Map<String, String> startByContent = Map.of(
        "{ \"schemaVersion\": 1,\n  \"findings\": [ }", "not valid JSON at line 2, column 17: Unexpected close marker '}'",
        "{ \"schemaVersion\": \"one\" }", "not a baseline at line 1, column 20: Cannot deserialize value of type `int` from String \"one\": not a valid `int` value",
        "[1, 2]", "not a baseline at line 1, column 1: Cannot deserialize value of type",
        "{ \"schemaVersion\": 7, \"findings\": [] }", "schemaVersion 7 is not 1; write it again with perf:baseline");
    for (Map.Entry<String, String> bad : startByContent.entrySet()) {
      Path file = Files.writeString(dir.resolve(Baseline.FILE_NAME), bad.getKey());
      assertThatThrownBy(() -> BaselineFile.read(file)).as(bad.getKey()).isInstanceOf(IOException.class)
          .hasMessageStartingWith(bad.getValue())
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "StreamReadFeature", "reference chain",
              "Source:"));
    }
  }
}
