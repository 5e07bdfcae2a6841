package dev.perfscope.lang.python.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.lang.FixtureExpectations;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.python.PythonAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each fixture under {@code fixtures/python/} states its expected figures in its own comments. */
class PythonFixturesTest {
  private final PythonAnalyzer analyzer = new PythonAnalyzer();

  @ParameterizedTest
  @ValueSource(strings = {
      "if_elif_else.py",
      "loops.py",
      "try_except.py",
      "boolean_operators.py",
      "comprehensions.py",
      "conditional_expressions.py",
      "lambdas.py",
      "match_case.py",
      "assert_with.py",
      "nested_units.py",
      "decorators.py",
      "parameters.py",
      "docstrings_and_lines.py",
      "logical_lines.py",
      "fstrings.py",
      "nesting_depth.py",
      "soft_keywords.py",
      "literals.py",
      "layout.py",
      "async_walrus_star.py",
      "syntax_error_print.py",
      "syntax_error_indent.py",
      "future_import_misplaced.py",
      "syntax_311.py",
      "syntax_313.py",
  })
  void fixtureMeetsItsExpectations(String fixture) throws IOException {
    String text = read(fixture);
    FixtureExpectations.assertMet(fixture, text, analyzer.analyze(new SourceText(text)));
  }

  private static String read(String fixture) throws IOException {
    try (InputStream in = PythonFixturesTest.class.getResourceAsStream("/fixtures/python/" + fixture)) {
      assertThat(in).as(fixture).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
