package dev.perfscope.lang.javascript;

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
 * Each fixture under {@code fixtures/javascript/} and {@code fixtures/typescript/} states its expected figures in
 * its own comments; the cyclomatic and cognitive figures are ESLint's and eslint-plugin-sonarjs' for the same file
 * ({@code node bench/js-reference.mjs} on the folder).
 */
class ScriptFixturesTest {
  private final Languages languages = Languages.standard();

  @ParameterizedTest
  @ValueSource(strings = {
      "javascript/control_flow.js",
      "javascript/logical.js",
      "javascript/units.js",
      "javascript/layout.jsx",
      "javascript/syntax_error.js",
      "typescript/types.ts",
      "typescript/component.tsx",
      "typescript/syntax_error.ts",
      "typescript/suppressions.ts",
  })
  void fixtureMeetsItsExpectations(String fixture) throws IOException {
    String text = read(fixture);
    LanguageAnalyzer language = languages.forFile(fixture);
    assertThat(language.name()).isIn("javascript", "typescript");
    FixtureExpectations.assertMet(fixture, text, language.analyze(new SourceText(text)));
  }

  private static String read(String fixture) throws IOException {
    try (InputStream in = ScriptFixturesTest.class.getResourceAsStream("/fixtures/" + fixture)) {
      assertThat(in).as(fixture).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
