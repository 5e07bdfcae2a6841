package dev.perfscope.history;

import static dev.perfscope.history.HistoryFixture.analyze;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfscope.config.ConfigurationException;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.ChangeScope;
import dev.perfscope.model.FileMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pull-request mode: only files changed since the merge base with a ref, work-tree changes included. */
class ChangedFilesTest {
  @TempDir Path dir;

  private static HistorySettings since(String ref) {
    return new HistorySettings(false, HistorySettings.DEFAULT_DAYS, ref);
  }

  @Test
  void analyzesOnlyWhatChangedSinceTheMergeBaseAndTheWorkTree() throws Exception {
    RevCommit base;
    try (TestRepo repo = TestRepo.init(dir)) {
      base = repo.write("same.txt", "s\n").write("edited.txt", "e\n").write("staged.txt", "t\n")
          .write("old.txt", TestRepo.lines(9)).write("local.txt", "l\n").commit("alice", 1, "base");
      repo.git.checkout().setCreateBranch(true).setName("feature").call();
      Files.move(dir.resolve("old.txt"), dir.resolve("renamed.txt"));
      repo.write("edited.txt", "e2\n").write("added.txt", "a\n").commit("bob", 2, "work");
      repo.git.checkout().setName("main").call();
      repo.write("same.txt", "s on main\n").commit("carol", 3, "main moves on");
      repo.git.checkout().setName("feature").call();
      repo.write("staged.txt", "t2\n");
      repo.git.add().addFilepattern("staged.txt").call();
      repo.write("local.txt", "l2\n").write("untracked.txt", "u\n");
    }
    AnalysisResult result = analyze(dir, since("main"));

    assertThat(result.files()).extracting(FileMetrics::path).containsExactly(
        "added.txt", "edited.txt", "local.txt", "renamed.txt", "staged.txt", "untracked.txt");
    assertThat(result.since()).isEqualTo(new ChangeScope("main", base.abbreviate(7).name(), 6));
    assertThat(result.history()).isNull();
  }

  @Test
  void anUnknownRefIsAConfigurationErrorNamingTheParameter() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.txt", "a\n").commit("alice", 1, "a");
    }
    assertThatThrownBy(() -> analyze(dir, since("origin/nope")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("since").hasMessageContaining("origin/nope").hasMessageContaining("no such ref");
  }

  @Test
  void sinceOutsideGitIsAConfigurationError() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "a\n");
    assertThatThrownBy(() -> analyze(dir, since("main")))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("no git work tree");
  }

  @Test
  void aRefWithUnrelatedHistoryIsAConfigurationError() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.txt", "a\n").commit("alice", 1, "a");
      repo.git.checkout().setOrphan(true).setName("other").call();
      repo.write("b.txt", "b\n").commit("bob", 2, "unrelated");
    }
    assertThatThrownBy(() -> analyze(dir, since("main")))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("shares no history");
  }

  @Test
  void historyAndSinceTogether() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.txt", "a\n").write("b.txt", "b\n").commit("alice", 1, "a");
      repo.git.tag().setName("v1").call();
      repo.write("b.txt", "b2\n").commit("bob", 2, "b");
    }
    AnalysisResult result = analyze(dir, new HistorySettings(true, 30, "v1"));

    assertThat(result.files()).extracting(FileMetrics::path).containsExactly("b.txt");
    assertThat(result.files().get(0).history().commits()).isEqualTo(2);
    assertThat(result.since().files()).isEqualTo(1);
  }
}
