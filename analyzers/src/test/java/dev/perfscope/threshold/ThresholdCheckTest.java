package dev.perfscope.threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfscope.config.ConfigurationException;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileKind;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdCheckTest {
  private static FileMetrics file(String path, int lines, FunctionMetrics... functions) {
    return new FileMetrics(path, "java", null, lines, lines, 0, 0, 1, null, null, List.of(functions), List.of(), null, null, null);
  }

  private static final FunctionMetrics PROCESS = new FunctionMetrics("Big.process", 42, 241, 200, 90, 7, 23, 12, 5);

  @Test
  void turnsEachMetricPastALimitIntoAFindingWorstFirst() {
    List<Finding> findings = new ThresholdCheck(Thresholds.defaults())
        .check(List.of(file("src/a/Big.java", 1213, PROCESS), file("src/a/Ok.java", 500)));

    assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::value, Finding::threshold)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("function-lines", Severity.CRITICAL, 200, 150),
            org.assertj.core.api.Assertions.tuple("file-lines", Severity.CRITICAL, 1213, 1000),
            org.assertj.core.api.Assertions.tuple("cyclomatic", Severity.CRITICAL, 23, 20),
            org.assertj.core.api.Assertions.tuple("nesting", Severity.WARNING, 5, 4),
            org.assertj.core.api.Assertions.tuple("parameters", Severity.WARNING, 7, 6));
    assertThat(Gate.describe(findings.get(1))).isEqualTo("src/a/Big.java: 1,213 lines (critical > 1,000)");
    assertThat(Gate.describe(findings.get(2)))
        .isEqualTo("src/a/Big.java:42 Big.process: cyclomatic complexity 23 (critical > 20)");
  }

  @Test
  void aValueEqualToTheLimitIsNoFinding() {
    Thresholds strict = Thresholds.defaults().with(Rule.FILE_LINES, Limit.of(Rule.FILE_LINES, 10, 20));
    assertThat(new ThresholdCheck(strict).check(List.of(file("a.java", 10)))).isEmpty();
    assertThat(new ThresholdCheck(strict).check(List.of(file("a.java", 11)))).extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void documentationAndDataHaveNoFindingsUnlessConfigured() {
    List<FileMetrics> files = List.of(file("CHANGELOG.md", 4000), file("poetry.lock", 3000),
        file("docs/guide.rst", 1200), file("app/main.py", 1100), file("web/app.js", 1300));
    assertThat(new ThresholdCheck(Thresholds.defaults()).check(files)).extracting(Finding::path)
        .containsExactly("web/app.js", "app/main.py");

    Thresholds withDocs = Thresholds.defaults().withKinds(Thresholds.kinds("source, documentation"));
    assertThat(new ThresholdCheck(withDocs).check(files)).extracting(Finding::path)
        .containsExactly("CHANGELOG.md", "web/app.js", "docs/guide.rst", "app/main.py");
    Thresholds everything = Thresholds.defaults().withKinds(Thresholds.kinds("data,documentation,source"));
    assertThat(new ThresholdCheck(everything).check(files)).hasSize(5);
  }

  @Test
  void testsHaveNoFindingsUnlessConfigured() {
    List<FileMetrics> files = List.of(file("src/test/java/a/BigTest.java", 7000), file("tests/test_big.py", 1500),
        file("src/main/java/a/Big.java", 1100));
    assertThat(new ThresholdCheck(Thresholds.defaults()).check(files)).extracting(Finding::path)
        .containsExactly("src/main/java/a/Big.java");
    Thresholds withTests = Thresholds.defaults().withKinds(Thresholds.kinds("source,test"));
    assertThat(new ThresholdCheck(withTests).check(files)).extracting(Finding::path)
        .containsExactly("src/test/java/a/BigTest.java", "tests/test_big.py", "src/main/java/a/Big.java");
    assertThat(withTests.advises(FileKind.TEST)).isTrue();
    assertThat(Thresholds.defaults().advises(FileKind.TEST)).isFalse();
  }

  @Test
  void rejectsAnUnknownKindNamingTheParameter() {
    assertThatThrownBy(() -> Thresholds.kinds("source,docs")).isInstanceOf(ConfigurationException.class)
        .hasMessage("Invalid value for thresholdKinds: 'source,docs'. Allowed: a comma-separated list of "
            + "source, test, documentation, data, generated.");
    assertThatThrownBy(() -> Thresholds.kinds(",")).isInstanceOf(ConfigurationException.class);
    assertThat(Thresholds.kinds(" ")).containsExactly(FileKind.SOURCE);
  }

  @Test
  void gateFailsOnlyAtOrAboveFailOn() {
    List<FileMetrics> files = List.of(file("w.java", 600));
    AnalysisResult result = AnalysisResult.of(new AnalysisResult.Tool("perfscope", "t"), "/r", files,
        new ThresholdCheck(Thresholds.defaults()).check(files));
    assertThat(new Gate(FailOn.CRITICAL, false).evaluate(result).passed()).isTrue();
    assertThat(new Gate(FailOn.NONE, false).evaluate(result).passed()).isTrue();
    assertThat(new Gate(FailOn.WARNING, false).evaluate(result).reasons())
        .containsExactly("w.java: 600 lines (warning > 500)");
  }

  @Test
  void rejectsBadConfigurationNamingTheParameter() {
    assertThatThrownBy(() -> FailOn.parse("sever")).isInstanceOf(ConfigurationException.class)
        .hasMessage("Invalid value for failOn: 'sever'. Allowed: one of critical, warning, none.");
    assertThatThrownBy(() -> Limit.of(Rule.CYCLOMATIC, -1, 20))
        .hasMessage("Invalid value for cyclomatic.warning: '-1'. Allowed: a whole number >= 0.");
    assertThatThrownBy(() -> Limit.of(Rule.NESTING, 5, 3))
        .hasMessage("Invalid value for nesting.critical: '3'. Allowed: a whole number >= nesting.warning (5).");
  }
}
