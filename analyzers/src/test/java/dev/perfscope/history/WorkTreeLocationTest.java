package dev.perfscope.history;

import static dev.perfscope.history.HistoryFixture.analyze;
import static dev.perfscope.history.HistoryFixture.history;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.AnalysisResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The work tree is found upwards from the analyzed folder: a subfolder, a linked worktree, a submodule. */
class WorkTreeLocationTest {
  @TempDir Path dir;

  @Test
  void findsTheRepositoryAboveASubfolderAndKeepsReportPathsRelativeToTheRoot() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("module/src/a.txt", "a\nb\n").write("top.txt", "t\n").commit("alice", 1, "add");
    }
    AnalysisResult result = analyze(dir.resolve("module"));

    assertThat(result.files()).extracting(f -> f.path()).containsExactly("src/a.txt");
    assertThat(history(result, "src/a.txt").linesAdded()).isEqualTo(2);
  }

  @Test
  void readsALinkedWorktreeWithADetachedHead() throws Exception {
    Path main = dir.resolve("main");
    RevCommit head;
    try (TestRepo repo = TestRepo.init(main)) {
      repo.write("a.txt", "a\n").commit("alice", 1, "one");
      head = repo.write("a.txt", "a\nb\n").commit("bob", 2, "two");
      repo.write("a.txt", "a\nb\nc\n").commit("carol", 3, "three, not checked out in the worktree");
    }
    Path linked = dir.resolve("linked");
    linkWorktree(main.resolve(".git"), linked, head);
    Files.writeString(linked.resolve("a.txt"), "a\nb\n");

    AnalysisResult result = analyze(linked);

    assertThat(result.history().head()).isEqualTo(head.abbreviate(7).name());
    assertThat(history(result, "a.txt").commits()).isEqualTo(2);
  }

  /** What {@code git worktree add --detach} writes, which JGit does not offer as a command. */
  private static void linkWorktree(Path gitDir, Path linked, RevCommit head) throws Exception {
    Path admin = Files.createDirectories(gitDir.resolve("worktrees/linked"));
    Files.createDirectories(linked);
    Files.writeString(admin.resolve("HEAD"), head.name() + "\n");
    Files.writeString(admin.resolve("commondir"), "../..\n");
    Files.writeString(admin.resolve("gitdir"), linked.resolve(".git") + "\n");
    Files.writeString(linked.resolve(".git"), "gitdir: " + admin + "\n");
  }

  @Test
  void readsASubmoduleOwnHistory() throws Exception {
    Path library = dir.resolve("library");
    try (TestRepo lib = TestRepo.init(library)) {
      lib.write("lib.txt", "1\n").commit("alice", 1, "lib one");
      lib.write("lib.txt", "1\n2\n").commit("alice", 2, "lib two");
    }
    Path app = dir.resolve("app");
    try (TestRepo repo = TestRepo.init(app)) {
      repo.write("app.txt", "x\n").commit("bob", 3, "app");
      try (Repository sub = repo.git.submoduleAdd().setPath("lib").setURI(library.toUri().toString()).call()) {
        assertThat(sub.getDirectory().toPath()).startsWith(app.resolve(".git"));
      }
    }
    AnalysisResult result = analyze(app.resolve("lib"));

    assertThat(history(result, "lib.txt").commits()).isEqualTo(2);
  }
}
