package dev.perfscope.history;

import static dev.perfscope.history.HistoryFixture.analyze;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileHistory;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Hotspot;
import dev.perfscope.model.Problem;
import dev.perfscope.model.TrendPoint;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hotspot score of {@code docs/hotspots.md}, the trend measured on past versions, and no ranking when the
 * history is too short to say which files change often.
 */
class HotspotsTest {
  @TempDir Path dir;

  private static FileMetrics java(String path, int churn, int... cyclomatic) {
    List<FunctionMetrics> functions = Arrays.stream(cyclomatic)
        .mapToObj(c -> new FunctionMetrics("f", 1, 1, 1, 1, 0, c, 0, 0)).toList();
    return new FileMetrics(path, "java", null, 10, 10, 0, 0, 1, null, null, functions, List.of(), history(churn), null, null);
  }

  private static FileHistory history(int churn) {
    return churn < 0 ? null : new FileHistory(1, 1, churn, 0, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z");
  }

  @Test
  void scoresNormalisedChurnTimesNormalisedComplexityBestFirst() {
    List<FileMetrics> files = List.of(
        java("Calm.java", 10, 10, 10),      // churn 10/100, complexity 20/20 -> 0.1
        java("Hot.java", 100, 5, 5),         // 100/100 * 10/20 -> 0.5
        java("Busy.java", 80, 1),            // 80/100 * 1/20 -> 0.04
        java("Untouched.java", -1, 30),      // no history: not ranked, not counted in the maxima
        new FileMetrics("build.sh", "text", null, 40, 30, 0, 10, 0, null, null, List.of(), List.of(), history(50), null, null),
        // documentation and data are never hotspots, however often they change
        new FileMetrics("CHANGELOG.md", "text", null, 900, 800, 0, 100, 0, null, null, List.of(), List.of(), history(400),
            null, null),
        new FileMetrics("poetry.lock", "text", null, 900, 900, 0, 0, 0, null, null, List.of(), List.of(), history(300),
            null, null),
        new FileMetrics("Broken.java", "java", null, 60, 60, 0, 0, 0, new Problem(1, 1, "x"), null, List.of(),
            List.of(), history(0), null, null));

    List<Hotspot> ranked = new Hotspots(10).rank(files);

    assertThat(ranked).extracting(Hotspot::path, Hotspot::score, Hotspot::churn, Hotspot::complexity)
        .containsExactly(
            tuple("Hot.java", 0.5, 100, 10),
            tuple("build.sh", 0.25, 50, 30), // 50/100 * 30/60: code lines, against Broken.java's 60
            tuple("Calm.java", 0.1, 10, 20),
            tuple("Busy.java", 0.04, 80, 1));
    assertThat(new Hotspots(2).rank(files)).hasSize(2);
  }

  @Test
  void theTopHotspotsCarryATrendMeasuredByTheirLanguage() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("src/A.java", "class A {\n  int f(int x) {\n    return x;\n  }\n}\n").commit("alice", 1, "a");
      repo.write("src/A.java", "class A {\n  int f(int x) {\n    if (x > 0) {\n      return x;\n    }\n"
          + "    return -x;\n  }\n}\n").commit("bob", 2, "abs");
      repo.write("src/A.java", "class A {\n  int f(int x) {\n    if (x > 0 && x < 9) {\n      return x;\n    }\n"
          + "    return -x;\n  }\n}\n").commit("alice", 3, "bounded");
      repo.write("src/B.java", "class B {}\n").commit("bob", 4, "b"); // five commits: enough to rank
      repo.write("src/B.java", "class B {\n}\n").commit("bob", 5, "b again");
    }
    AnalysisResult result = analyze(dir);

    Hotspot a = result.hotspots().get(0);
    assertThat(a.path()).isEqualTo("src/A.java");
    assertThat(a.score()).isEqualTo(1.0);
    assertThat(a.complexity()).isEqualTo(3);
    assertThat(a.trend()).extracting(TrendPoint::date, TrendPoint::lines, TrendPoint::complexity).containsExactly(
        tuple(TestRepo.date(1), 5, 1),
        tuple(TestRepo.date(2), 8, 2),
        tuple(TestRepo.date(3), 8, 3));
    assertThat(a.trend()).allSatisfy(p -> assertThat(p.commit()).hasSize(7));
  }

  @Test
  void aLongHistoryIsSampledAtABoundedNumberOfCommits() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      for (int day = 1; day <= 20; day++) {
        repo.write("log.sh", TestRepo.lines(day)).commit("alice", day, "day " + day);
      }
    }
    List<TrendPoint> trend = analyze(dir).hotspots().get(0).trend();

    assertThat(trend).hasSize(ProjectHistory.TREND_POINTS);
    assertThat(trend.get(0).lines()).isEqualTo(1);
    assertThat(trend.get(trend.size() - 1).lines()).isEqualTo(20);
  }

  @Test
  void aSquashedImportIsTooLittleHistoryToRankFilesByChange() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("src/Big.java", "class Big {\n" + "  int x;\n".repeat(600) + "}\n")
          .write("src/Small.java", "class Small {}\n").commit("alice", 1, "import");
    }
    AnalysisResult result = analyze(dir);

    assertThat(result.hotspots()).isEmpty();
    assertThat(result.history().commits()).isEqualTo(1);
    assertThat(result.history().sufficient()).isFalse();
    assertThat(result.history().reason()).isEqualTo("only 1 commit changed the analyzed files in the window; "
        + "at least 5 are needed to tell often-changed files from the rest");
    assertThat(HistoryFixture.history(result, "src/Big.java").commits()).isEqualTo(1); // the facts stay
    assertThat(result.recommendations()).allSatisfy(r -> assertThat(r.impactFactors().commits()).isZero());
  }

  @Test
  void aHistoryInWhichNoFileChangedTwiceRanksNothing() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      for (int day = 1; day <= 6; day++) {
        repo.write("src/F" + day + ".java", "class F" + day + " {}\n").commit("alice", day, "file " + day);
      }
    }
    AnalysisResult result = analyze(dir);

    assertThat(result.hotspots()).isEmpty();
    assertThat(result.history().commits()).isEqualTo(6);
    assertThat(result.history().reason()).isEqualTo("no analyzed file changed in more than one of the "
        + "window's 6 commits: churn would only repeat each file's size");
  }

  @Test
  void fiveCommitsWithAFileChangedTwiceAreEnough() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      for (int day = 1; day <= 4; day++) {
        repo.write("src/F" + day + ".java", "class F" + day + " {\n  int f() {\n    return 1;\n  }\n}\n")
            .commit("alice", day, "file " + day);
      }
      repo.write("src/F1.java", "class F1 {\n  int f() {\n    return 2;\n  }\n}\n").commit("alice", 5, "again");
    }
    AnalysisResult result = analyze(dir);

    assertThat(result.history().sufficient()).isTrue();
    assertThat(result.history().commits()).isEqualTo(5);
    assertThat(result.history().reason()).isNull();
    assertThat(result.hotspots()).extracting(Hotspot::path).first().isEqualTo("src/F1.java");
  }
}
