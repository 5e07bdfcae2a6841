package dev.perfscope.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.java.JavaAnalyzer;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Plan;
import dev.perfscope.model.Recommendation;
import dev.perfscope.threshold.Limit;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the rationale of an extraction or a class split tells the maintainer to do. */
class AdviceRationaleTest {
  @Test
  void anExtractionThatLeavesTheFunctionOverItsCriticalLevelSaysSoAndGivesTheNextStep() throws IOException {
    Thresholds tight = Thresholds.defaults().with(Rule.FUNCTION_LINES, new Limit(5, 6))
        .with(Rule.COGNITIVE, new Limit(1, 2));
    Recommendation extraction = SplitAdviceTest.advise(SplitAdviceTest.measure("Pricing.java"), tight).stream()
        .filter(r -> r.kind().equals("extract-function")).findFirst().orElseThrow();
    // quote: 35 lines, cognitive 22; its blocks carry 14 lines and 14 of cognitive complexity
    assertThat(extraction.rationale()).endsWith(" These blocks are not enough: the rest, about 21 lines and "
        + "cognitive 8, stays over the critical level (6 lines, cognitive 2). Next step: extract again from the rest "
        + "once these are out, or turn the function into a class whose methods are its steps and whose fields are "
        + "the variables they share.");
  }

  @Test
  void anExtractionThatOnlyTheDocstringKeepsOverTheCriticalLevelSaysSo(@TempDir Path project) throws IOException {
    Files.writeString(project.resolve("setup.py"), "def configure(options):\n    \"\"\"Configure.\n\n"
        + "    :param options: what to set.\n".repeat(198) + "    \"\"\"\n    total = 0\n"
        + ("\n    for name in options:\n        if name.startswith(\"a\"):\n            if name.endswith(\"b\"):\n"
        + "                total += 1\n").repeat(4) + "    return total\n");
    AnalysisResult result = analyze(project, Thresholds.defaults());
    Recommendation extraction = result.recommendations().stream()
        .filter(r -> r.kind().equals("extract-function")).findFirst().orElseThrow();
    // 224 lines, 201 of them the docstring, cognitive 24 (warning 15); two of its loops (cognitive 6 each, 4 lines
    // each, a call left in their place) leave 218 lines and cognitive 12: over 150 lines by the docstring alone
    assertThat(extraction.rationale()).endsWith(" The rest, about 218 lines, stays over the critical level (150 "
        + "lines) by its docstring alone (201 lines), which no extraction shortens: keep it and suppress the length "
        + "finding with that reason (perf: ignore[function-lines]), or move the reference part to the project's "
        + "documentation.");

    // where its code is over the critical level too, the usual next step, with the docstring's share of the rest
    AnalysisResult tight = analyze(project, Thresholds.defaults().with(Rule.FUNCTION_LINES, new Limit(5, 10)));
    assertThat(tight.recommendations()).filteredOn(r -> r.kind().equals("extract-function"))
        .extracting(Recommendation::rationale).singleElement().asString()
        .contains(" These blocks are not enough: the rest, about 215 lines (201 of them its docstring) and cognitive "
            + "6, stays over the critical level (10 lines, cognitive 30). Next step:");
  }

  @Test
  void anExtractionFromADispatchNamesAFunctionPerArmAsTheNextStep(@TempDir Path project) throws IOException {
    StringBuilder dispatch = new StringBuilder("def step(token, result):\n    if token == 'a0':\n");
    for (int arm = 0; arm < 20; arm++) {
      if (arm > 0) {
        dispatch.append(arm == 19 ? "    else:\n" : "    elif token == 'a" + arm + "':\n");
      }
      dispatch.append("        result = result + ").append(arm).append("\n");
      if (arm % 2 == 0) {
        dispatch.append("        if token.strip():\n            result = result * 2\n            result = result - 1\n");
      }
    }
    Files.writeString(project.resolve("lexer.py"), dispatch.append("    return result\n").toString());
    AnalysisResult result = analyze(project, Thresholds.defaults());
    Recommendation extraction = result.recommendations().stream()
        .filter(r -> r.kind().equals("extract-function")).findFirst().orElseThrow();
    // cyclomatic 30, cognitive 40: the chain's 20 branches hold 20 of the paths; three nested ifs come out (6)
    assertThat(extraction.rationale()).endsWith(" These blocks are not enough: the rest, about 66 lines and cognitive "
        + "34, stays over the critical level (150 lines, cognitive 30). Next step: 20 of its 30 paths are the arms of "
        + "one dispatch (line 2): give each arm a function of its own and choose it through a map from the value "
        + "dispatched on (or by polymorphism), so that the dispatch becomes one lookup.");
  }

  @Test
  void anExtractionWeighsWhatItRemovesNotTheWholeFunctionsExcess() throws IOException {
    Thresholds tight = Thresholds.defaults().with(Rule.FUNCTION_LINES, new Limit(5, 6))
        .with(Rule.COGNITIVE, new Limit(1, 2));
    Recommendation extraction = SplitAdviceTest.advise(SplitAdviceTest.measure("Pricing.java"), tight).stream()
        .filter(r -> r.kind().equals("extract-function")).findFirst().orElseThrow();
    // quote: 35 lines, cognitive 22, cyclomatic 14; the rest: 21 lines, cognitive 8, so cyclomatic 14 x 8 / 22
    // = 5.1, within its warning level of 10. Lines (35 - 21) / 5 = 2.8, cognitive (22 - 8) / 1 = 14, cyclomatic
    // fixed: 14 / 10 = 1.4; 18.2 where fixing the whole function would weigh 35 / 5 + 22 / 1 + 1.4 = 30.4.
    assertThat(extraction.impactFactors().excess()).isEqualTo(18.2);
  }

  @Test
  void anExtractionThatBringsTheFunctionUnderItsCriticalLevelSaysNothingMore() throws IOException {
    Recommendation extraction = SplitAdviceTest.advise(SplitAdviceTest.measure("Pricing.java"), Thresholds.defaults())
        .stream().filter(r -> r.kind().equals("extract-function")).findFirst().orElseThrow();
    assertThat(extraction.rationale()).doesNotContain("not enough");
  }

  @Test
  void aSplitClassNamesTheExtractedClassTheMembersThatMoveAndTheDelegateField() throws IOException {
    Recommendation split = SplitAdviceTest.advise(SplitAdviceTest.measure("Twins.java"), Thresholds.defaults())
        .stream().filter(r -> r.kind().equals("split-class")).findFirst().orElseThrow();
    assertThat(split.rationale()).endsWith(" Extract class TwinsRegistered with names, register, isRegistered, "
        + "registered; Twins keeps a field registered holding it and delegates to it.");
  }

  /**
   * Three groups; a subclass overrides isRegistered: moved to a delegate, Triplets's own calls to it would reach the
   * delegate's and never the override, so the registry stays and only the counter is extracted.
   */
  @Test
  void aSplitClassLeavesTheGroupsOfOverriddenMethodsInTheClass() {
    FileMetrics triplets = java("Triplets.java", """
        package fixtures;
        class Triplets {
          private final java.util.List<String> names = new java.util.ArrayList<>();
          private final java.util.List<Double> temperatures = new java.util.ArrayList<>();
          private int calls;
          void register(String name) {
            if (!isRegistered(name)) {
              names.add(name.trim());
            }
          }
          boolean isRegistered(String name) {
            return names.contains(name.trim());
          }
          void record(double celsius) {
            temperatures.add(celsius);
          }
          double warmest() {
            return temperatures.stream().mapToDouble(Double::doubleValue).max().orElse(0);
          }
          double coldest() {
            return temperatures.stream().mapToDouble(Double::doubleValue).min().orElse(0);
          }
          void count() {
            calls++;
          }
          int counted() {
            return calls;
          }
        }
        """);
    FileMetrics strict = java("StrictTriplets.java", """
        package fixtures;
        class StrictTriplets extends Triplets {
          @Override boolean isRegistered(String name) { return true; }
        }
        """);
    List<FileMetrics> files = List.of(triplets, strict);
    Recommendation split = new Advice(Thresholds.defaults()).recommend(files, List.of()).stream()
        .filter(r -> r.kind().equals("split-class")).findFirst().orElseThrow();

    assertThat(split.plan().parts()).extracting(Plan.Part::name).containsExactly("Triplets", "TripletsCalls");
    assertThat(split.rationale()).endsWith(" Extract class TripletsCalls with calls, count, counted; Triplets keeps "
        + "a field calls holding it and delegates to it. isRegistered stays in Triplets with its group: its "
        + "subclasses override it, and a delegate's own calls would not reach the override.");
  }

  private static FileMetrics java(String path, String text) {
    return FileMetrics.of(path, "java", new JavaAnalyzer().analyze(new SourceText(text)), null);
  }

  private static AnalysisResult analyze(Path project, Thresholds thresholds) {
    return new Analysis().run(new AnalysisRequest(project, List.of(Path.of(".")), List.of(), List.of(),
        StandardCharsets.UTF_8, thresholds));
  }
}
