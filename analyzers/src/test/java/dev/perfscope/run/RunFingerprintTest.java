package dev.perfscope.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.analysis.Selection;
import dev.perfscope.history.ProjectHistory;
import dev.perfscope.threshold.Limit;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's fingerprint changes with anything its result depends on, and with nothing else. */
class RunFingerprintTest {
  @TempDir Path root;
  private final Analysis analysis = new Analysis();

  @BeforeEach
  void writeSources() throws IOException {
    Files.writeString(root.resolve("A.java"), "class A {\n  int f() { return 1; }\n}\n");
    Files.writeString(root.resolve("b.py"), "def g():\n    return 2\n");
  }

  /** The fingerprint as a run takes it: one git open, one walk. */
  private String fingerprint(AnalysisRequest request) {
    try (ProjectHistory history = Analysis.openHistory(request)) {
      Selection selection = Analysis.scope(history, Analysis.walk(request, history, UnaryOperator.identity()));
      return RunFingerprint.take(analysis, request, selection.files(), history.state(), Map.of()).key();
    }
  }

  private AnalysisRequest request() {
    return new AnalysisRequest(root, List.of(Path.of(".")), List.of(), List.of(), StandardCharsets.UTF_8,
        Thresholds.defaults()).withExecution(2, root.resolve("target/perf-cache.json.gz"));
  }

  @Test
  void sameTreeAndRequestGiveTheSameFingerprintOnAnyNumberOfThreads() {
    String first = fingerprint(request());
    assertThat(fingerprint(request())).isEqualTo(first);
    assertThat(fingerprint(request().withExecution(1, request().cacheFile()))).isEqualTo(first);
    assertThat(first).hasSize(64);
  }

  @Test
  void editingAddingOrRemovingAFileChangesIt() throws IOException {
    String before = fingerprint(request());
    Files.writeString(root.resolve("A.java"), "class A {\n  int f() { return 2; }\n}\n");
    String edited = fingerprint(request());
    Files.writeString(root.resolve("C.java"), "class C {}\n");
    String added = fingerprint(request());
    Files.delete(root.resolve("b.py"));
    String removed = fingerprint(request());
    assertThat(List.of(before, edited, added, removed)).doesNotHaveDuplicates();
  }

  @Test
  void anyThresholdOrFilterChangesIt() {
    String before = fingerprint(request());
    AnalysisRequest stricter = new AnalysisRequest(root, List.of(Path.of(".")), List.of(), List.of(),
        StandardCharsets.UTF_8, new Thresholds(Map.of(Rule.CYCLOMATIC, new Limit(9, 20))))
        .withExecution(2, request().cacheFile());
    AnalysisRequest javaOnly = new AnalysisRequest(root, List.of(Path.of(".")), List.of("**/*.java"), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults()).withExecution(2, request().cacheFile());
    assertThat(List.of(before, fingerprint(stricter), fingerprint(javaOnly)))
        .doesNotHaveDuplicates();
  }

  @Test
  void aNewCommitChangesItWhenHistoryIsRead() throws GitAPIException, IOException {
    AnalysisRequest withHistory = request().withHistory(AnalysisRequest.history(true, 365, null));
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("first").setSign(false).call();
      String first = fingerprint(withHistory);
      String withoutHistory = fingerprint(request());
      String again = fingerprint(withHistory);
      git.commit().setMessage("same files, new HEAD").setAllowEmpty(true).setSign(false).call();
      assertThat(again).isEqualTo(first);
      assertThat(fingerprint(withHistory)).isNotEqualTo(first);
      assertThat(fingerprint(request())).isEqualTo(withoutHistory);
    }
  }

  @Test
  void aFileOverMaxFileSizeIsFingerprintedWithoutReadingItAndStillChangesIt() throws Exception {
    Path huge = root.resolve("huge.py");
    try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      sparse.setLength(40L << 30); // 40 GB, sparse: hashing every byte took minutes
    }
    String before = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
        () -> fingerprint(request()));
    try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      sparse.setLength((40L << 30) + 1);
    }
    assertThat(fingerprint(request())).isNotEqualTo(before);
  }
}
