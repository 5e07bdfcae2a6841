package dev.perfscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.java.JavaAnalyzer;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.threshold.PathThreshold;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the report says to do about a long file that got no split plan. */
class NoSplitPlanTest {
  @TempDir
  Path project;

  /** A nested class of 24 of the file's 35 lines: what any split moves whole, so what to shorten. */
  @Test
  void aFileWhoseLengthIsInAFewMembersNamesThem() {
    StringBuilder text = new StringBuilder("class Tree {\n  int size;\n  static class Node {\n");
    for (int i = 0; i < 10; i++) {
      text.append("    int f").append(i).append("() {\n      return ").append(i).append(";\n    }\n");
    }
    text.append("  }\n  int size() {\n    return size;\n  }\n");
    text.append("  boolean isEmpty() {\n    return size == 0;\n  }\n}\n");
    FileMetrics file = FileMetrics.of("Tree.java", "java", new JavaAnalyzer().analyze(new SourceText(text.toString())),
        null);

    assertThat(file.lines()).isEqualTo(41);
    assertThat(NoSplitPlan.advice(file)).isEqualTo("No split plan: no grouping of its members makes parts that depend "
        + "little on each other. Most of its length is in Node (32 lines), which any split moves whole: shorten it.");
  }

  /** TightCounter's 50 lines are spread over small methods: nothing to shorten, and how to accept the length. */
  @Test
  void theMarkdownRowOfAKnitFileSaysThereIsNoPlanWhereItGaveTheRulesUsualFix() throws IOException {
    Files.copy(Path.of("src/test/resources/fixtures/advice/TightCounter.java"), project.resolve("TightCounter.java"));
    Thresholds thresholds = Thresholds.defaults().withOverrides(PathThreshold.parse("**/TightCounter.java "
        + "file-lines=40/80"));
    AnalysisResult result = new Analysis().run(new AnalysisRequest(project, List.of(Path.of(".")), List.of(),
        List.of(), StandardCharsets.UTF_8, thresholds));

    assertThat(result.recommendations()).noneMatch(r -> r.path().equals("TightCounter.java"));
    String markdown = Files.readString(new MarkdownReport().write(result, project.resolve("out")));
    assertThat(markdown.lines().filter(line -> line.startsWith("| 1 | TightCounter.java |"))).singleElement()
        .asString().endsWith("| No split plan: no grouping of its members makes parts that depend little on each "
            + "other, and its 50 lines are spread over its 10 members (the largest, addAll, has 9). If that length is "
            + "accepted, suppress the finding with a perf: ignore\\[file-lines\\] comment and its reason before the "
            + "file's first line of code. |");
  }

  /** A module of one class that no file split can part, whose class splits: the row takes the class's split. */
  @Test
  void aFileWithNoSplitTakesTheSplitOfItsClass() throws IOException {
    StringBuilder text = new StringBuilder("class Twins:\n    def __init__(self):\n        self.names = []\n"
        + "        self.temperatures = []\n");
    for (String name : List.of("register", "unregister", "is_registered", "registered")) {
      text.append("\n    def ").append(name).append("(self, name):\n");
      for (int i = 0; i < 5; i++) {
        text.append("        self.names.append(name + '").append(i).append("')\n");
      }
    }
    for (String name : List.of("record", "warmest", "coldest", "average")) {
      text.append("\n    def ").append(name).append("(self, value):\n");
      for (int i = 0; i < 5; i++) {
        text.append("        self.temperatures.append(value + ").append(i).append(")\n");
      }
    }
    Files.writeString(project.resolve("twins.py"), text);
    Thresholds thresholds = Thresholds.defaults().withOverrides(PathThreshold.parse("**/twins.py file-lines=40/80"));
    AnalysisResult result = new Analysis().run(new AnalysisRequest(project, List.of(Path.of(".")), List.of(),
        List.of(), StandardCharsets.UTF_8, thresholds));

    assertThat(result.recommendations()).extracting(r -> r.kind()).containsExactly("split-class");
    String markdown = Files.readString(new MarkdownReport().write(result, project.resolve("out")));
    assertThat(markdown.lines().filter(line -> line.startsWith("| 1 | twins.py |"))).singleElement()
        .asString().endsWith("| Split class Twins into 2 classes (recommendation 1) |");
  }
}
