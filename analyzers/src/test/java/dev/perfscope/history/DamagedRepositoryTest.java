package dev.perfscope.history;

import static dev.perfscope.history.HistoryFixture.analyze;
import static dev.perfscope.history.TestRepo.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.HistoryInfo;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged repository costs the history, never the run: every file is measured, the history is marked
 * damaged with the problem named, and no file has history.
 */
class DamagedRepositoryTest {
  @TempDir Path dir;

  /** Six commits changing {@code a.py} and {@code b.txt}; the commits, oldest first. */
  private List<RevCommit> sixCommits() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      List<RevCommit> commits = new java.util.ArrayList<>();
      for (int day = 1; day <= 6; day++) {
        repo.write("a.py", "def f(x):\n    return x\n".repeat(day)).write("b.txt", lines(day));
        commits.add(repo.commit("alice", day, "change " + day));
      }
      return commits;
    }
  }

  /** Deletes a loose object, as a failed copy or a disk error would. */
  private void lose(ObjectId id) throws IOException {
    Files.delete(dir.resolve(".git/objects").resolve(id.name().substring(0, 2)).resolve(id.name().substring(2)));
  }

  private static void assertMeasuredWithoutHistory(AnalysisResult result, String problem) {
    assertThat(result.files()).extracting(f -> f.path() + " " + f.lines()).containsExactly("a.py 12", "b.txt 6");
    assertThat(result.files()).extracting(FileMetrics::history).containsOnlyNulls();
    assertThat(result.hotspots()).isEmpty();
    HistoryInfo history = result.history();
    assertThat(history.damaged()).isTrue();
    assertThat(history.sufficient()).isFalse();
    assertThat(history.commits()).isZero();
    assertThat(history.reason()).isEqualTo(problem);
  }

  @Test
  void aMissingBlobCostsTheHistoryOnly() throws Exception {
    List<RevCommit> commits = sixCommits();
    ObjectId blob;
    try (TestRepo repo = TestRepo.open(dir)) {
      blob = org.eclipse.jgit.treewalk.TreeWalk.forPath(repo.git.getRepository(), "a.py", commits.get(2).getTree())
          .getObjectId(0);
    }
    lose(blob);
    AnalysisResult result = analyze(dir);
    assertMeasuredWithoutHistory(result, "git history cannot be read: Missing blob " + blob.name());
    assertThat(result.history().head()).isEqualTo(commits.get(5).abbreviate(7).name());
  }

  @Test
  void aMissingCommitCostsTheHistoryOnly() throws Exception {
    List<RevCommit> commits = sixCommits();
    lose(commits.get(3));
    AnalysisResult result = analyze(dir);
    assertMeasuredWithoutHistory(result, "git history cannot be read: Missing commit " + commits.get(3).name());
  }

  @Test
  void aGitFilePointingNowhereCostsTheHistoryOnly() throws Exception {
    sixCommits();
    org.eclipse.jgit.util.FileUtils.delete(dir.resolve(".git").toFile(), org.eclipse.jgit.util.FileUtils.RECURSIVE);
    Files.writeString(dir.resolve(".git"), "gitdir: " + dir.resolve("nowhere") + "\n");
    AnalysisResult result = analyze(dir);
    assertThat(result.files()).extracting(FileMetrics::path).contains("a.py", "b.txt");
    assertThat(result.history().head()).isEqualTo(HistoryInfo.UNKNOWN_HEAD);
    assertThat(result.history().damaged()).isTrue();
    assertThat(result.history().reason()).isEqualTo("the git repository cannot be opened: repository not found: "
        + dir.resolve("nowhere"));
  }

  @Test
  void theFingerprintOfADamagedRepositoryIsTakenAsWell() throws Exception {
    List<RevCommit> commits = sixCommits();
    lose(commits.get(5)); // HEAD's own commit
    AnalysisRequest request = new AnalysisRequest(dir, List.of(Path.of(".")), List.of(), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults()).withHistory(new HistorySettings(true, 365, null));
    try (ProjectHistory history = Analysis.openHistory(request)) {
      Analysis.scope(history, Analysis.walk(request, history, s -> s));
      assertThat(history.state()).startsWith("damaged: "); // what the run's fingerprint takes, not an error
    }
    AnalysisResult result = new Analysis().run(request);
    assertThat(result.history().damaged()).isTrue();
    assertThat(result.history().head()).isEqualTo(HistoryInfo.UNKNOWN_HEAD);
    assertThat(result.history().reason()).startsWith("git history cannot be read: Missing ") // JGit: "unknown"
        .endsWith(commits.get(5).name());
  }
}
