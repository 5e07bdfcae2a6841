package dev.perfscope.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.Recommendation;
import dev.perfscope.threshold.Limit;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import org.junit.jupiter.api.Test;

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
}
