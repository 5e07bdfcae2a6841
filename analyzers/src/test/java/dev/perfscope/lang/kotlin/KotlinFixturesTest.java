package dev.perfscope.lang.kotlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.perfscope.lang.FixtureExpectations;
import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.registry.Languages;
import dev.perfscope.model.SourceMetrics;
import dev.perfscope.model.Suppression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each fixture under {@code fixtures/kotlin/} states its expected figures in its own comments; the cyclomatic and
 * cognitive figures are detekt 1.23.8's ({@code CyclomaticComplexMethod} and {@code CognitiveComplexMethod} at
 * threshold 0 on the folder), the line counts cloc's. The one figure that differs on purpose is said where it
 * stands (classes.kt: detekt gives a function of an object expression a cyclomatic complexity of 0).
 */
class KotlinFixturesTest {
  private final Languages languages = Languages.standard();

  @ParameterizedTest
  @ValueSource(strings = {
      "kotlin/control_flow.kt",
      "kotlin/classes.kt",
      "kotlin/suppressions.kt",
      "kotlin/syntax_error.kt",
      "kotlin/build.gradle.kts",
  })
  void fixtureMeetsItsExpectations(String fixture) throws IOException {
    String text = read(fixture);
    LanguageAnalyzer language = languages.forFile(fixture);
    assertThat(language.name()).isEqualTo("kotlin");
    FixtureExpectations.assertMet(fixture, text, language.analyze(new SourceText(text)));
  }

  @Test
  void suppressionsCoverTheirDeclarationsWithTheirRulesAndReasons() throws IOException {
    SourceMetrics metrics = new KotlinAnalyzer().analyze(new SourceText(read("kotlin/suppressions.kt")));
    assertThat(metrics.suppressions()).extracting(Suppression::firstLine, Suppression::lastLine, Suppression::rules,
            Suppression::reason)
        .containsExactly(
            tuple(3, 7, List.of("cyclomatic"), "generated from the protocol table"),
            tuple(10, 13, List.of("cognitive", "nesting"),
                "kept for old clients"));
  }

  private static String read(String fixture) throws IOException {
    try (InputStream in = KotlinFixturesTest.class.getResourceAsStream("/fixtures/" + fixture)) {
      assertThat(in).as(fixture).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
