package dev.perfscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.threshold.ThresholdCheck;
import dev.perfscope.threshold.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The health score as {@code docs/health-score.md} defines it: its examples, and monotone and independent of
 * size on random projects.
 */
class HealthScoreTest {
  private static final ThresholdCheck CHECK = new ThresholdCheck(Thresholds.defaults());

  @Test
  void documentedExamples() {
    FileMetrics small = file("a/A.java", 120, List.of());
    FileMetrics large = file("a/B.java", 1200, List.of());
    assertThat(Health.ofFile(small, 0)).isEqualTo(new Health(100, "A", 0));
    assertThat(Health.ofFile(small, 1).score()).isEqualTo(86); // one warning: 100 e^(-1/7)
    assertThat(Health.ofFile(small, 3 + 2 * 0.25).score()).isEqualTo(60); // a critical finding 25% past its level
    assertThat(Health.ofFile(large, 0).score()).isEqualTo(41); // no finding, but 1200 code lines: 100 × 500 / 1200
    assertThat(Health.ofFile(large, 3 + 2 * 0.2).score()).isEqualTo(25); // and its critical file-lines finding
    // Three files together: Σ healthy / Σ weight = (1 + e^(-1/7) + e^(-3.4/7)) / (1 + 1 + 2.4)
    Health three = Health.of(List.of(small, file("a/C.java", 80, List.of()), large), List.of(
        finding(Severity.WARNING, "a/C.java", 12, 10), finding(Severity.CRITICAL, "a/B.java", 1200, 1000)));
    assertThat(three.score()).isEqualTo(56);
    assertThat(three.letter()).isEqualTo("E");
    assertThat(three.points()).isCloseTo(4.4, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void lettersHaveTheDocumentedBands() {
    assertThat(List.of(100, 90, 89, 80, 79, 70, 69, 60, 59, 0).stream().map(Health::letterOf).toList())
        .containsExactly("A", "A", "B", "B", "C", "C", "D", "D", "E", "E");
  }

  @Test
  void anyFindingKeepsTheScoreBelowHundred() {
    List<FileMetrics> files = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      files.add(file("F" + i + ".java", 10, List.of()));
    }
    assertThat(Health.of(files, List.of(finding(Severity.WARNING, "F7.java", 11, 10))).score()).isEqualTo(99);
    assertThat(Health.of(files, List.of()).score()).isEqualTo(100);
  }

  @Test
  void textFilesAreNotScored() {
    FileMetrics text = new FileMetrics("CHANGES.md", "text", null, 5000, 4000, 0, 1000, 0, null, null, List.of(),
        List.of(), null, null, null);
    List<FileMetrics> files = List.of(text, file("A.java", 10, List.of()));
    assertThat(Health.scored(files, List.of()).get(0).health()).isNull();
    assertThat(Health.of(files, List.of(finding(Severity.CRITICAL, "CHANGES.md", 5000, 1000))).score()).isEqualTo(100);
  }

  /**
   * Monotone: one metric of one file or function going up (file lines with its code lines, a function's
   * lines, parameters, cyclomatic, cognitive or nesting, or one more function), everything else equal,
   * never raises that file's score, the overall score or its module's score (while the modules stay the same).
   */
  @Test
  void neverRisesWhenAFileOrFunctionGrowsOrGetsMoreComplex() {
    Random random = new Random(20261127L);
    for (int round = 0; round < 5000; round++) {
      List<FileMetrics> files = randomFiles(random);
      int index = random.nextInt(files.size());
      List<FileMetrics> worse = perturb(files, index, random);
      AnalysisResult before = result(files);
      AnalysisResult after = result(worse);
      assertThat(after.health().score()).as("round %d: %s -> %s", round, files, worse)
          .isLessThanOrEqualTo(before.health().score());
      assertThat(after.files().get(index).health().score()).as("round %d, file", round)
          .isLessThanOrEqualTo(before.files().get(index).health().score());
      if (names(before).equals(names(after))) { // a file's growth may move where the tree splits into modules
        String module = ModuleHealth.moduleOf(files.get(index).path(), before.files());
        assertThat(moduleScore(after, module)).as("round %d, module", round)
            .isLessThanOrEqualTo(moduleScore(before, module));
      }
    }
  }

  /** Size-independent: every file twice over (a copy of the tree beside it) scores the same, overall and per file. */
  @Test
  void theSameCodeTwiceOverScoresTheSame() {
    Random random = new Random(4242L);
    for (int round = 0; round < 3000; round++) {
      List<FileMetrics> files = randomFiles(random);
      List<FileMetrics> twice = new ArrayList<>(files);
      files.forEach(f -> twice.add(file("copy/" + f.path(), f.lines(), f.functions())));
      assertThat(result(twice).health().score()).as("round %d: %s", round, files)
          .isEqualTo(result(files).health().score());
    }
  }

  @Test
  void isDeterministic() {
    List<FileMetrics> files = randomFiles(new Random(7));
    assertThat(result(files).health()).isEqualTo(result(List.copyOf(files)).health());
  }

  private static AnalysisResult result(List<FileMetrics> files) {
    return AnalysisResult.of(new AnalysisResult.Tool("perfscope", "test"), "/", files, CHECK.check(files));
  }

  private static List<String> names(AnalysisResult result) {
    return ModuleHealth.of(result.files()).stream().map(ModuleHealth::name).sorted().toList();
  }

  private static int moduleScore(AnalysisResult result, String module) {
    return ModuleHealth.of(result.files()).stream().filter(m -> m.name().equals(module)).findFirst().orElseThrow()
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
      files.add(file("src/p" + random.nextInt(3) + "/F" + i + ".java", skewed(random, 1400), functions));
    }
    return files;
  }

  /** One random change that makes file {@code index} or one of its functions larger or more complex, or adds one. */
  private static List<FileMetrics> perturb(List<FileMetrics> files, int index, Random random) {
    List<FileMetrics> changed = new ArrayList<>(files);
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

  private static Finding finding(Severity severity, String path, int value, int level) {
    return new Finding("cyclomatic", severity, path, 1, "A.f", value, level, "m", null);
  }
}
