package dev.perfscope.history;

import static dev.perfscope.history.HistoryFixture.analyze;
import static dev.perfscope.history.HistoryFixture.history;
import static dev.perfscope.history.TestRepo.date;
import static dev.perfscope.history.TestRepo.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-file history read from repositories built here with JGit: known authors, dates, renames, merges. */
class FileHistoryTest {
  @TempDir Path dir;

  @Test
  void countsCommitsAuthorsLinesAndDates() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.txt", lines(3)).commit("alice", 1, "add a");
      repo.write("a.txt", lines(2) + "changed\n").commit("bob", 2, "change the last line");
      repo.write("a.txt", lines(2) + "changed\nmore\nand more\n").commit("Alice", 3, "append two");
      repo.write("other.txt", "x\n").commit("carol", 4, "unrelated");
    }
    AnalysisResult result = analyze(dir);

    assertThat(history(result, "a.txt")).isEqualTo(new FileHistory(3, 2, 6, 1, date(1), date(3)));
    assertThat(history(result, "other.txt")).isEqualTo(new FileHistory(1, 1, 1, 0, date(4), date(4)));
    assertThat(result.history().days()).isEqualTo(365);
    assertThat(result.history().partial()).isFalse();
  }

  @Test
  void followsRenamesAndForgetsDeletedFiles() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("old/Name.txt", lines(10)).write("gone.txt", lines(4)).commit("alice", 1, "add");
      Files.move(dir.resolve("old/Name.txt"), Files.createDirectories(dir.resolve("new")).resolve("Name.txt"));
      Files.delete(dir.resolve("gone.txt"));
      repo.commit("bob", 2, "move and delete");
      repo.write("new/Name.txt", lines(11)).commit("carol", 3, "one more line");
    }
    AnalysisResult result = analyze(dir);

    assertThat(result.files()).extracting(f -> f.path()).containsExactly("new/Name.txt");
    assertThat(history(result, "new/Name.txt")).isEqualTo(new FileHistory(3, 3, 11, 0, date(1), date(3)));
  }

  @Test
  void countsABranchOnceAndSkipsTheMergeCommit() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.txt", lines(2)).write("b.txt", lines(2)).commit("alice", 1, "add");
      repo.git.checkout().setCreateBranch(true).setName("feature").call();
      repo.write("b.txt", lines(5)).commit("bob", 2, "grow b");
      repo.git.checkout().setName("main").call();
      repo.write("a.txt", lines(4)).commit("alice", 3, "grow a");
      repo.git.merge().include(repo.git.getRepository().resolve("feature")).setCommit(false).call();
      assertThat(repo.commit("carol", 4, "merge feature").getParentCount()).isEqualTo(2);
    }
    AnalysisResult result = analyze(dir);

    assertThat(history(result, "a.txt")).isEqualTo(new FileHistory(2, 1, 4, 0, date(1), date(3)));
    assertThat(history(result, "b.txt")).isEqualTo(new FileHistory(2, 2, 5, 0, date(1), date(2)));
  }

  @Test
  void keepsOnlyTheWindowBeforeHeadsCommit() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.txt", lines(1)).commit("alice", 0, "old");
      repo.write("a.txt", lines(2)).commit("bob", 30, "recent");
      repo.write("b.txt", lines(1)).commit("bob", 40, "head");
    }
    AnalysisResult result = analyze(dir, new HistorySettings(true, 20, null));

    assertThat(history(result, "a.txt")).isEqualTo(new FileHistory(1, 1, 1, 0, date(30), date(30)));
    assertThat(result.history().days()).isEqualTo(20);
  }

  @Test
  void aShallowCloneIsMarkedPartialAndItsCutOffCommitIsNotCounted() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.txt", lines(1)).commit("alice", 1, "first");
      RevCommit cut = repo.write("a.txt", lines(2)).commit("bob", 2, "second");
      repo.write("a.txt", lines(3)).commit("carol", 3, "third");
      repo.git.getRepository().getObjectDatabase().setShallowCommits(Set.of(cut.copy()));
    }
    AnalysisResult result = analyze(dir);

    assertThat(result.history().partial()).isTrue();
    assertThat(history(result, "a.txt")).isEqualTo(new FileHistory(1, 1, 1, 0, date(3), date(3)));
  }

  @Test
  void historyOffOrNoGitMeansNoHistoryAtAll() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "x\n");
    AnalysisResult noGit = analyze(dir);
    assertThat(noGit.history()).isNull();
    assertThat(noGit.hotspots()).isEmpty();
    assertThat(history(noGit, "a.txt")).isNull();

    try (TestRepo repo = TestRepo.init(dir)) {
      repo.commit("alice", 1, "add");
    }
    AnalysisResult off = analyze(dir, HistorySettings.OFF);
    assertThat(off.history()).isNull();
    assertThat(history(off, "a.txt")).isNull();
  }

  @Test
  void aRepositoryWithoutCommitsHasNoHistoryYet() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.txt", "x\n");
    }
    assertThat(analyze(dir).history()).isNull();
  }
}
