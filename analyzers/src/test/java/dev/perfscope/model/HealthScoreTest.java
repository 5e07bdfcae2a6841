package dev.perfscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.threshold.ThresholdCheck;
import dev.perfscope.threshold.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The health score as {@code docs/health-score.md} defines it: examples, and monotone on random perturbations. */
class HealthScoreTest {
  private static final ThresholdCheck CHECK = new ThresholdCheck(Thresholds.defaults());

  @Test
  void documentedExamples() {
    assertThat(Health.of(3, List.of()).score()).isEqualTo(100);
    assertThat(Health.of(3, List.of(finding(Severity.WARNING, 12, 10))).score()).isEqualTo(91);
    Health two = Health.of(3, List.of(finding(Severity.WARNING, 12, 10), finding(Severity.CRITICAL, 1213, 1000)));
    assertThat(two.points()).isCloseTo(4.426, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(two.score()).isEqualTo(68);
  }

  @Test
  void anyFindingKeepsTheScoreBelowHundred() {
    assertThat(Health.of(1_000_000, List.of(finding(Severity.WARNING, 11, 10))).score()).isEqualTo(99);
  }

  @Test
  void neverRisesWhenAFileOrFunctionGrowsOrGetsMoreComplex() {
    Random random = new Random(20261127L);
    for (int round = 0; round < 3000; round++) {
      List<FileMetrics> files = randomFiles(random);
      List<FileMetrics> worse = perturb(files, random);
      int before = score(files);
      int after = score(worse);
      assertThat(after).as("round %d: %s -> %s", round, files, worse).isLessThanOrEqualTo(before);
    }
  }

  @Test
  void isDeterministic() {
    List<FileMetrics> files = randomFiles(new Random(7));
    assertThat(score(files)).isEqualTo(score(List.copyOf(files)));
  }

  private static int score(List<FileMetrics> files) {
    return AnalysisResult.of(new AnalysisResult.Tool("perfscope", "test"), "/", files, CHECK.check(files))
        .health().score();
  }

  private static List<FileMetrics> randomFiles(Random random) {
    List<FileMetrics> files = new ArrayList<>();
    int count = 1 + random.nextInt(6);
    for (int i = 0; i < count; i++) {
      List<FunctionMetrics> functions = new ArrayList<>();
      int units = random.nextInt(5);
      for (int u = 0; u < units; u++) {
        functions.add(function(random, "F" + i + ".f" + u));
      }
      files.add(file("F" + i + ".java", skewed(random, 1400), functions));
    }
    return files;
  }

  /** One random change that makes one file or function larger or more complex, or adds a function. */
  private static List<FileMetrics> perturb(List<FileMetrics> files, Random random) {
    List<FileMetrics> changed = new ArrayList<>(files);
    int index = random.nextInt(files.size());
    FileMetrics file = files.get(index);
    List<FunctionMetrics> functions = new ArrayList<>(file.functions());
    int choice = random.nextInt(3);
    if (choice == 0 || functions.isEmpty()) {
      changed.set(index, file(file.path(), file.lines() + 1 + random.nextInt(600), functions));
    } else if (choice == 1) {
      functions.add(function(random, "added"));
      changed.set(index, file(file.path(), file.lines(), functions));
    } else {
      int unit = random.nextInt(functions.size());
      functions.set(unit, grow(functions.get(unit), random));
      changed.set(index, file(file.path(), file.lines(), functions));
    }
    return changed;
  }

  private static FunctionMetrics grow(FunctionMetrics f, Random random) {
    int[] more = new int[5];
    more[random.nextInt(5)] = 1 + random.nextInt(random.nextBoolean() ? 3 : 60);
    int lines = f.lines() + more[0];
    return new FunctionMetrics(f.name(), f.line(), f.line() + lines - 1, lines, f.ncss(), f.params() + more[1],
        f.cyclomatic() + more[2], f.cognitive() + more[3], f.maxNesting() + more[4]);
  }

  private static FunctionMetrics function(Random random, String name) {
    int lines = 1 + skewed(random, 200);
    return new FunctionMetrics(name, 1, lines, lines, lines / 2, skewed(random, 12), 1 + skewed(random, 30),
        skewed(random, 45), skewed(random, 8));
  }

  /** Mostly small values, sometimes large ones, so thresholds are crossed in both directions. */
  private static int skewed(Random random, int max) {
    return random.nextInt(4) == 0 ? random.nextInt(max + 1) : random.nextInt(max / 3 + 1);
  }

  private static FileMetrics file(String path, int lines, List<FunctionMetrics> functions) {
    return new FileMetrics(path, "java", null, lines, lines, 0, 0, 1, null, null, functions, List.of(), null, null, null);
  }

  private static Finding finding(Severity severity, int value, int level) {
    return new Finding("cyclomatic", severity, "A.java", 1, "A.f", value, level, "m", null);
  }
}
