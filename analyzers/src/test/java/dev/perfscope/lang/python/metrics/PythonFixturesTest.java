package dev.perfscope.lang.python.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.python.PythonAnalyzer;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.SourceMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
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
    PythonExpectations expected = PythonExpectations.read(text);
    SourceMetrics metrics = analyzer.analyze(new SourceText(text));

    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(actualFile(metrics)).as(fixture + " file")
        .containsAllEntriesOf(expected.file());
    for (PythonExpectations.Unit unit : expected.units()) {
      Optional<FunctionMetrics> actual =
          metrics.functions().stream().filter(f -> f.line() == unit.line()).findFirst();
      softly.assertThat(actual).as(fixture + ":" + unit.line() + " unit").isPresent();
      actual.ifPresent(f -> softly.assertThat(actualUnit(f)).as(fixture + ":" + unit.line() + " " + f.name())
          .containsAllEntriesOf(unit.values()));
    }
    softly.assertAll();
    assertThat(expected.file()).as("every fixture states its file figures").isNotEmpty();
  }

  private static Map<String, String> actualFile(SourceMetrics metrics) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("lines", String.valueOf(metrics.lines().physical()));
    values.put("code", String.valueOf(metrics.lines().code()));
    values.put("comment", String.valueOf(metrics.lines().comment()));
    values.put("blank", String.valueOf(metrics.lines().blank()));
    values.put("types", String.valueOf(metrics.types()));
    values.put("functions", String.valueOf(metrics.functions().size()));
    values.put("parseError", metrics.parseError() == null ? "none" : String.valueOf(metrics.parseError().line()));
    return values;
  }

  private static Map<String, String> actualUnit(FunctionMetrics f) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", f.name());
    values.put("lines", String.valueOf(f.lines()));
    values.put("endLine", String.valueOf(f.endLine()));
    values.put("ncss", String.valueOf(f.ncss()));
    values.put("params", String.valueOf(f.params()));
    values.put("cyclomatic", String.valueOf(f.cyclomatic()));
    values.put("cognitive", String.valueOf(f.cognitive()));
    values.put("maxNesting", String.valueOf(f.maxNesting()));
    return values;
  }

  private static String read(String fixture) throws IOException {
    try (InputStream in = PythonFixturesTest.class.getResourceAsStream("/fixtures/python/" + fixture)) {
      assertThat(in).as(fixture).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
