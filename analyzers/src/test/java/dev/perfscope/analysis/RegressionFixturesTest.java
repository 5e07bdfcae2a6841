package dev.perfscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.sources.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Inputs that once broke the per-file boundary (found by {@link AnalysisFuzzTest} or by hand) keep {@link FileProperty}. */
class RegressionFixturesTest {
  private static final Path REGRESSIONS = Path.of("src/test/resources/fixtures/regressions");
  private static ParseBudget budget;

  @BeforeAll
  static void startBudget() {
    budget = new ParseBudget(FileProperty.WALL_BUDGET);
  }

  static Stream<Path> regressions() throws IOException {
    try (Stream<Path> files = Files.list(REGRESSIONS)) {
      return files.filter(f -> !f.getFileName().toString().matches("README.md|\\..*")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("regressions")
  void staysWithinTheBoundary(Path fixture) throws IOException {
    byte[] bytes = Files.readAllBytes(fixture);
    assertThat(new FileProperty(budget).violation(new SourceFile(fixture, fixture.getFileName().toString()), bytes))
        .isEmpty();
  }
}
