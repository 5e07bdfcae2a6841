package dev.perfscope.lang.go;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.lang.FixtureExpectations;
import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.registry.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each fixture under {@code fixtures/go/} states its expected figures in its own comments: the lines are cloc's,
 * the cyclomatic and cognitive figures of declared functions gocyclo's and gocognit's for the same file, and those
 * of function literals the same tools' rules applied to the literal alone (gocyclo's figure for the function
 * around them is its own plus each literal's less one: {@code process} 6 = 2 + 4 x 1).
 */
class GoFixturesTest {
  private final Languages languages = Languages.standard();

  @ParameterizedTest
  @ValueSource(strings = {
      "go/control_flow.go",
      "go/units.go",
      "go/layout.go",
      "go/suppressions.go",
      "go/recursion.go",
      "go/syntax_error.go",
  })
  void fixtureMeetsItsExpectations(String fixture) throws IOException {
    String text = read(fixture);
    LanguageAnalyzer language = languages.forFile(fixture);
    assertThat(language.name()).isEqualTo("go");
    FixtureExpectations.assertMet(fixture, text, language.analyze(new SourceText(text)));
  }

  private static String read(String fixture) throws IOException {
    try (InputStream in = GoFixturesTest.class.getResourceAsStream("/fixtures/" + fixture)) {
      assertThat(in).as(fixture).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
