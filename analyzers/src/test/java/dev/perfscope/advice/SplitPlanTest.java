package dev.perfscope.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each part of a split must import from the others, from the dependencies that cross parts. */
class SplitPlanTest {
  @Test
  void eachPartImportsTheNamesItUsesFromEachOtherPartOnceWithoutTypeOrOverloadLine() {
    List<Plan.Part> parts = List.of(
        new Plan.Part("Parser.java", List.of("Parser.parse", "Parser.next"), 300),
        new Plan.Part("ParserLexer.java", List.of("Parser.lex", "Parser.lex@40", "Parser.token"), 200),
        new Plan.Part("ParserQuote.java", List.of("Parser.quote"), 100));
    List<Plan.CrossEdge> crossing = List.of(
        new Plan.CrossEdge("Parser.java", "ParserLexer.java", "Parser.parse", "Parser.token", "field"),
        new Plan.CrossEdge("Parser.java", "ParserLexer.java", "Parser.parse", "Parser.lex@40", "call"),
        new Plan.CrossEdge("Parser.java", "ParserLexer.java", "Parser.next", "Parser.lex", "call"),
        new Plan.CrossEdge("Parser.java", "ParserQuote.java", "Parser.next", "Parser.quote", "call"),
        new Plan.CrossEdge("ParserQuote.java", "ParserLexer.java", "Parser.quote", "Parser.lex", "call"));

    List<Plan.Part> withImports = SplitPlan.withImports(parts, crossing);

    assertThat(withImports).extracting(Plan.Part::imports).containsExactly(
        List.of(new Plan.Import("ParserLexer.java", List.of("lex", "token")),
            new Plan.Import("ParserQuote.java", List.of("quote"))),
        List.of(),
        List.of(new Plan.Import("ParserLexer.java", List.of("lex"))));
    assertThat(withImports).extracting(Plan.Part::members).isEqualTo(parts.stream().map(Plan.Part::members).toList());
  }
}
