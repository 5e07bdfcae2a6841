package dev.perfscope.lang.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.SuppressedFinding;
import dev.perfscope.model.Suppression;
import dev.perfscope.threshold.Limit;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.ThresholdCheck;
import dev.perfscope.threshold.Thresholds;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaSuppressionsTest {
  private static final String SOURCE = String.join("\n",
      "package demo;",                                                            // 1
      "",                                                                         // 2
      "class Legacy {",                                                           // 3
      "  @SuppressWarnings({\"unchecked\", \"perf:cyclomatic\"}) // ported from C, see #12", // 4
      "  int parse(int a) {",                                                     // 5
      "    return a > 0 ? a : -a;",                                               // 6
      "  }",                                                                      // 7
      "",                                                                         // 8
      "  int route(int a) { // perf: ignore[cognitive] -- a state machine reads best flat", // 9
      "    return a > 0 ? a : -a;",                                               // 10
      "  }",                                                                      // 11
      "",                                                                         // 12
      "  int plain(int a) {",                                                     // 13
      "    return a > 0 ? a : -a;",                                               // 14
      "  }",                                                                      // 15
      "}",                                                                        // 16
      "");

  @Test
  void findsAnnotationsAndCommentsWithTheirReasons() {
    List<Suppression> found = new JavaAnalyzer().analyze(new SourceText(SOURCE)).suppressions();
    assertThat(found).extracting(Suppression::firstLine, Suppression::lastLine, Suppression::rules,
            Suppression::reason, Suppression::wholeFile)
        .containsExactlyInAnyOrder(
            tuple(4, 7, List.of("cyclomatic"), "ported from C, see #12", false),
            tuple(9, 11, List.of("cognitive"), "a state machine reads best flat", false));
  }

  @Test
  void aHeaderCommentSuppressesTheWholeFileAndAnAnnotationWithoutPerfNothing() {
    String source = "// perf: ignore[file-lines]\n@SuppressWarnings(\"unchecked\")\nclass A {}\n";
    assertThat(new JavaAnalyzer().analyze(new SourceText(source)).suppressions())
        .containsExactly(new Suppression(1, 3, List.of("file-lines"), "no reason given", true));
  }

  @Test
  void suppressedFindingsAreSetApartWithTheirReasonAndTheOthersStay() {
    Thresholds strict = Thresholds.defaults()
        .with(Rule.CYCLOMATIC, Limit.of(Rule.CYCLOMATIC, 1, 5))
        .with(Rule.COGNITIVE, Limit.of(Rule.COGNITIVE, 0, 5));
    FileMetrics file = FileMetrics.of("demo/Legacy.java", "java", new JavaAnalyzer().analyze(new SourceText(SOURCE)),
        null);
    ThresholdCheck.Checked checked = new ThresholdCheck(strict).run(List.of(file));

    assertThat(checked.suppressed()).extracting(s -> s.finding().function(), s -> s.finding().rule(),
            SuppressedFinding::reason)
        .containsExactly(
            tuple("Legacy.parse", "cyclomatic", "ported from C, see #12"),
            tuple("Legacy.route", "cognitive", "a state machine reads best flat"));
    assertThat(checked.findings()).extracting(Finding::function, Finding::rule).containsExactlyInAnyOrder(
        tuple("Legacy.parse", "cognitive"), tuple("Legacy.route", "cyclomatic"),
        tuple("Legacy.plain", "cyclomatic"), tuple("Legacy.plain", "cognitive"));
  }
}
