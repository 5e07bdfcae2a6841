package dev.perfscope.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.sources.SourceFile;
import dev.perfscope.sources.SourceWalker;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk leaves out what git ignores, reading the rules as git does (with JGit, never the git binary). */
class GitIgnoresTest {
  @TempDir Path dir;

  private List<String> walk(String root, String... sourceRoots) {
    Path start = dir.resolve(root);
    try (ProjectHistory history = ProjectHistory.open(start, HistorySettings.OFF, new ProjectHistory.Reading(1, null))) {
      return new SourceWalker(start, List.of(), List.of(), false, List.of(), history.ignores())
          .walk(Arrays.stream(sourceRoots).map(Path::of).toList()).stream()
          .map(SourceFile::relativePath).toList();
    }
  }

  @Test
  void honoursGitignoreAtEveryLevelWithNegation() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write(".gitignore", "*.log\nbuild/\nscratch/\n")
          .write("app/.gitignore", "generated_*.py\n!generated_keep.py\n")
          .write("app/core.py", "x = 1\n").write("app/generated_api.py", "x = 1\n")
          .write("app/generated_keep.py", "x = 1\n").write("app/run.log", "x\n")
          .write("app/deep/.gitignore", "!important.log\n").write("app/deep/important.log", "x\n")
          .write("build/big.py", "x = 1\n").write("scratch/notes.py", "x = 1\n").write("docs/build/index.md", "x\n");
    }
    assertThat(walk(".", ".")).containsExactly(".gitignore", "app/.gitignore", "app/core.py",
        "app/deep/.gitignore", "app/deep/important.log", "app/generated_keep.py");
  }

  @Test
  void honoursInfoExcludeAndTheGlobalExcludesFile() throws Exception {
    Path global = Files.writeString(Files.createDirectories(dir.resolve("home")).resolve("ignore"), "*.bak\n");
    try (TestRepo repo = TestRepo.init(dir.resolve("repo"))) {
      repo.write("a.py", "x = 1\n").write("a.py.bak", "x = 1\n").write("local/tmp.py", "x = 1\n");
      Files.writeString(Files.createDirectories(dir.resolve("repo/.git/info")).resolve("exclude"), "/local/\n");
      StoredConfig config = repo.git.getRepository().getConfig();
      config.setString("core", null, "excludesFile", global.toString());
      config.save();
    }
    assertThat(walk("repo", ".")).containsExactly("a.py");
  }

  @Test
  void keepsWhatGitTracksEvenWhereARuleWouldIgnoreIt() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("vendor/kept.py", "x = 1\n").write("main.py", "x = 1\n").commit("alice", 1, "tracked first");
      repo.write(".gitignore", "vendor/\n").write("vendor/new.py", "x = 1\n");
    }
    assertThat(walk(".", ".")).containsExactly(".gitignore", "main.py", "vendor/kept.py");
  }

  @Test
  void aRootThatGitIgnoresIsAnalyzedAsAsked() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write(".gitignore", "target/\n*.tmp\n").write("target/it/demo/App.py", "x = 1\n")
          .write("target/it/demo/x.tmp", "x\n");
    }
    // a project checked out in an ignored folder of another repository: that repository's rules are not its own
    assertThat(walk("target/it/demo", ".")).containsExactly("App.py", "x.tmp");
  }

  @Test
  void globsThatSelectOnlyIgnoredFilesAreToldAsSelectingNothing() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write(".gitignore", "scratch/\n").write("main.py", "x = 1\n").write("scratch/try.py", "y = 2\n")
          .commit("ana", 1, "start");
    }
    AnalysisRequest request = new AnalysisRequest(dir, List.of(Path.of(".")), List.of("scratch/*.py"), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults());
    try (ProjectHistory history = Analysis.openHistory(request)) {
      assertThat(Analysis.walk(request, history, setting -> "perf." + setting).unmatched())
          .contains("perf.includes [scratch/*.py] matched no file under the base directory");
    }
  }

  @Test
  void outsideAWorkTreeNothingIsIgnored() throws IOException {
    Files.writeString(dir.resolve(".gitignore"), "*.py\n");
    Files.writeString(dir.resolve("a.py"), "x = 1\n");
    assertThat(walk(".", ".")).containsExactly(".gitignore", "a.py");
  }
}
