package dev.perfscope.threshold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.baseline.BaselineComparison;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.BaselineSummary;
import dev.perfscope.model.Finding;
import dev.perfscope.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GateMessageTest {
  private static final AnalysisResult.Tool TOOL = new AnalysisResult.Tool("perfscope", "t");
  private static final List<String> REPORTS = List.of("target/perf/perf-report.md", "target/perf/perf-report.json");

  private static Finding critical(int i) {
    return new Finding("cyclomatic", Severity.CRITICAL, "src/F" + i + ".java", 10, "F.f" + i, 40 - i, 20,
        "F.f" + i + ": cyclomatic complexity " + (40 - i) + " (critical > 20)", null);
  }

  private static Finding warning(int i) {
    return new Finding("file-lines", Severity.WARNING, "src/W" + i + ".java", 1, null, 600, 500,
        "600 lines (warning > 500)", null);
  }

  private static AnalysisResult withFindings(List<Finding> findings) {
    return AnalysisResult.of(TOOL, "/r", List.of(), findings);
  }

  private static List<String> message(Gate gate, AnalysisResult result) {
    return GateMessage.lines(gate, gate.evaluate(result), REPORTS, s -> "perf." + s);
  }

  @Test
  void showsCountsTheFiveWorstWhereTheRestIsAndHowToAdopt() {
    List<Finding> findings = new ArrayList<>(IntStream.range(0, 7).mapToObj(GateMessageTest::critical).toList());
    findings.add(warning(0));

    assertThat(message(new Gate(FailOn.CRITICAL, false), withFindings(findings))).containsExactly(
        "Perfscope fails the build: 7 critical findings at or above failOn=critical (allowed: 0 critical).",
        "The first 5 to fix:",
        "  src/F0.java:10 F.f0: cyclomatic complexity 40 (critical > 20)",
        "  src/F1.java:10 F.f1: cyclomatic complexity 39 (critical > 20)",
        "  src/F2.java:10 F.f2: cyclomatic complexity 38 (critical > 20)",
        "  src/F3.java:10 F.f3: cyclomatic complexity 37 (critical > 20)",
        "  src/F4.java:10 F.f4: cyclomatic complexity 36 (critical > 20)",
        "... and 2 more, all listed in target/perf/perf-report.md and target/perf/perf-report.json.",
        "Adopting Perfscope on existing code? Run `mvn perf:baseline` and commit the baseline file it writes: "
            + "from then on only new or worse findings fail the build.");
  }

  @Test
  void namesEachSeverityWithWhatItAllowsAndListsAllWhenFew() {
    AnalysisResult result = withFindings(List.of(critical(0), critical(1), warning(0)));
    Gate gate = new Gate(FailOn.WARNING, false, Map.of(Severity.CRITICAL, 1));

    assertThat(message(gate, result)).containsExactly(
        "Perfscope fails the build: 2 critical and 1 warning findings at or above failOn=warning "
            + "(allowed: 1 critical, 0 warning).",
        "  src/F0.java:10 F.f0: cyclomatic complexity 40 (critical > 20)",
        "  src/F1.java:10 F.f1: cyclomatic complexity 39 (critical > 20)",
        "  src/W0.java: 600 lines (warning > 500)",
        "Details and advice: target/perf/perf-report.md and target/perf/perf-report.json.",
        "Adopting Perfscope on existing code? Run `mvn perf:baseline` and commit the baseline file it writes: "
            + "from then on only new or worse findings fail the build.");
  }

  @Test
  void withABaselineSaysWhatIsNewOrWorseAndGivesNoAdoptionHint() {
    List<Finding> marked = List.of(critical(0).withBaseline(BaselineComparison.NEW),
        critical(1).withBaseline(BaselineComparison.UNCHANGED));
    AnalysisResult result = withFindings(marked).withBaseline(marked,
        new BaselineSummary("perf-baseline.json", 1, 1, List.of(), List.of(), List.of()));

    assertThat(GateMessage.lines(new Gate(FailOn.CRITICAL, false), new Gate(FailOn.CRITICAL, false).evaluate(result),
        List.of(), s -> "perf." + s)).containsExactly(
        "Perfscope fails the build: 1 critical finding new or worse than the baseline perf-baseline.json at or "
            + "above failOn=critical (allowed: 0 critical).",
        "  src/F0.java:10 F.f0: cyclomatic complexity 40 (critical > 20), new since the baseline");
  }

  @Test
  void aBuildFailingOnlyOnParseErrorsSaysSo() {
    Gate.Verdict verdict = new Gate.Verdict(List.of("src/A.java:3:7: does not parse: unexpected \";\""), Map.of(), 1,
        null);

    assertThat(GateMessage.lines(new Gate(FailOn.NONE, true), verdict, REPORTS, s -> "perf." + s)).containsExactly(
        "Perfscope fails the build: 1 file that does not parse (failOnParseError).",
        "  src/A.java:3:7: does not parse: unexpected \";\"",
        "Details and advice: target/perf/perf-report.md and target/perf/perf-report.json.");
  }
}
