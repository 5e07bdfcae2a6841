package dev.perfscope.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.history.HistoryOpens;
import dev.perfscope.history.TestRepo;
import dev.perfscope.sources.Walks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run walks the source roots once and opens git once, whatever it does with the files: the globs' check,
 * pull-request mode's scope, the fingerprint, the fork decision and the analysis all take the one walk.
 */
class OneWalkTest {
  @TempDir Path dir;

  private RunConfig config(String since) {
    RunConfig defaults = Jobs.config(dir, dir.resolve("target/perf"));
    return new RunConfig(new RunConfig.Project(dir, List.of(Path.of("src")), List.of("**/*.java", "**/*.py"),
        List.of("**/legacy/**"), "UTF-8", List.of(Path.of("target")), dir),
        new RunConfig.Inputs("5MB", 10, false, true, 365, since), defaults.checks(),
        new RunConfig.Gating("none", false, 0, 0), new RunConfig.Execution(2, true, "auto", List.of()),
        new RunConfig.Output(dir.resolve("target/perf"), false, "console,json"), "perf.",
        RunConfig.Duplicates.defaults());
  }

  private void repository() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write(".gitignore", "target/\n").write("src/A.java", "class A {\n  int f() { return 1; }\n}\n")
          .write("src/legacy/Old.java", "class Old {}\n").write("src/b.py", "def g():\n    return 2\n")
          .commit("ana", 1, "start");
      repo.write("src/C.java", "class C {}\n").commit("bob", 2, "C");
    }
  }

  /** Runs {@code config} and returns how many walks and git opens it made. */
  private static List<Integer> counted(RunConfig config) {
    int walks = Walks.count();
    int opens = HistoryOpens.count();
    RunOutcome outcome = new RunSession(config).analyze();
    assertThat(outcome.error()).isNull();
    assertThat(outcome.failures()).isEmpty();
    return List.of(Walks.count() - walks, HistoryOpens.count() - opens);
  }

  @Test
  void aRunWithCacheHistoryAndGlobsWalksOnceAndOpensGitOnce() throws Exception {
    repository();
    assertThat(counted(config(null))).containsExactly(1, 1);
    assertThat(dir.resolve("target/perf/perf-report.json")).exists();
    Files.writeString(dir.resolve("src/A.java"), "class A {}\n");
    assertThat(counted(config(null))).as("a second run, the cache and the run record at hand").containsExactly(1, 1);
    assertThat(counted(config(null))).as("a replayed run").containsExactly(1, 1);
  }

  @Test
  void aWorkerAnalyzesTheFilesItIsGivenWithoutWalkingAndOpensGitOnceForTheirHistory() throws Exception {
    repository();
    Job job = Jobs.job(Job.Goal.ANALYZE, config(null), java.util.Map.of());
    int walks = Walks.count();
    int opens = HistoryOpens.count();
    RunWorker.Reply reply = RunWorker.answer(WorkerJob.of(job));
    assertThat(List.of(Walks.count() - walks, HistoryOpens.count() - opens)).containsExactly(0, 1);
    assertThat(reply.error()).isNull();
    assertThat(reply.outcome().written()).extracting(p -> p.getFileName().toString()).containsExactly("perf-report.json");
    assertThat(Files.readString(dir.resolve("target/perf/perf-report.json")))
        .contains("\"path\" : \"src/A.java\"", "\"path\" : \"src/C.java\"").doesNotContain("Old.java");
  }

  @Test
  void aPullRequestRunDiffsWithTheMergeBaseOnceAsWell() throws Exception {
    repository();
    try (Git git = Git.open(dir.toFile())) {
      git.branchCreate().setName("base").setStartPoint("HEAD~1").call();
    }
    assertThat(counted(config("base"))).containsExactly(1, 1);
    assertThat(Files.readString(dir.resolve("target/perf/perf-report.json"))).contains("\"ref\" : \"base\"");
  }
}
