package dev.perfscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.fuzz.Mutator;
import dev.perfscope.lang.registry.Languages;
import dev.perfscope.sources.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutates every fixture of every standard language ({@code fixtures/<language>/}) with each {@link Mutator}
 * and checks {@link FileProperty} on the result. The default build runs one seeded round (seconds); the
 * {@code fuzz} profile runs rounds for {@code perf.fuzz.seconds} with a fresh seed. A failing input is kept
 * under {@code target/fuzz-failures/}: move it to {@code fixtures/regressions/} once fixed.
 */
class AnalysisFuzzTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final Path FAILURES = Path.of("target/fuzz-failures");
  private static final long SECONDS = Long.getLong("perf.fuzz.seconds", 0L);
  /** Fixed for the short run, so the default build is repeatable; fresh for a long one unless given. */
  private static final long SEED = Long.getLong("perf.fuzz.seed", SECONDS > 0 ? System.nanoTime() : 20261127L);

  private static ParseBudget budget;

  @TempDir Path work;

  @BeforeAll
  static void startBudget() {
    budget = new ParseBudget(FileProperty.WALL_BUDGET);
  }

  /** Every standard language, or those {@code perf.fuzz.languages} lists (comma-separated) for a long run. */
  static Stream<String> languages() {
    List<String> only = List.of(System.getProperty("perf.fuzz.languages", "").split(","));
    return Languages.standard().names().stream().filter(name -> only.equals(List.of("")) || only.contains(name));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void noMutationEscapesTheFileBoundary(String name) throws IOException {
    List<Path> seeds = seeds(name);
    assertThat(seeds).as("fixtures to mutate under " + FIXTURES.resolve(name)).isNotEmpty();
    FileProperty property = new FileProperty(budget);
    List<String> violations = new ArrayList<>();
    Random random = new Random(SEED ^ name.hashCode());
    long end = System.nanoTime() + SECONDS * 1_000_000_000L;
    int round = 0;
    do {
      for (Path seed : seeds) {
        for (Mutator mutator : Mutator.values()) {
          String label = name + "-" + round + "-" + mutator + "-" + seed.getFileName();
          byte[] mutant = mutator.apply(Files.readAllBytes(seed), random);
          check(property, label, mutant).ifPresent(violations::add);
        }
      }
      round++;
    } while (System.nanoTime() < end);
    assertThat(violations).as("seed " + SEED + ", " + round + " round(s); inputs in " + FAILURES).isEmpty();
    if (SECONDS > 0) { // the figures a long run is recorded with (docs/reliability.md)
      System.out.printf("fuzz %s: seed %d, %d rounds, %d mutants, no violation%n", name, SEED, round,
          (long) round * seeds.size() * Mutator.values().length);
    }
  }

  private Optional<String> check(FileProperty property, String label, byte[] mutant) throws IOException {
    Path file = work.resolve(label);
    Files.write(file, mutant);
    try {
      Optional<String> violation = property.violation(new SourceFile(file, label), mutant);
      if (violation.isPresent()) {
        Files.createDirectories(FAILURES);
        Files.write(FAILURES.resolve(label), mutant);
      }
      return violation.map(v -> label + ": " + v);
    } finally {
      Files.delete(file);
    }
  }

  /** The fixtures of one language: the files in its folder that it claims. */
  private static List<Path> seeds(String name) throws IOException {
    Languages languages = Languages.standard();
    Path folder = FIXTURES.resolve(name);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).sorted()
          .filter(f -> languages.forFile(f.toString()).name().equals(name)).toList();
    }
  }
}
