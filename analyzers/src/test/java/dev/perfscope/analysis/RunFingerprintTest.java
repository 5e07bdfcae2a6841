package dev.perfscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.threshold.Limit;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

  private AnalysisRequest request() {
    return new AnalysisRequest(root, List.of(Path.of(".")), List.of(), List.of(), StandardCharsets.UTF_8,
        Thresholds.defaults()).withExecution(2, root.resolve("target/perf-cache.json.gz"));
  }

  @Test
  void sameTreeAndRequestGiveTheSameFingerprintOnAnyNumberOfThreads() {
    String first = analysis.fingerprint(request());
    assertThat(analysis.fingerprint(request())).isEqualTo(first);
    assertThat(analysis.fingerprint(request().withExecution(1, request().cacheFile()))).isEqualTo(first);
    assertThat(first).hasSize(64);
  }

  @Test
  void editingAddingOrRemovingAFileChangesIt() throws IOException {
    String before = analysis.fingerprint(request());
    Files.writeString(root.resolve("A.java"), "class A {\n  int f() { return 2; }\n}\n");
    String edited = analysis.fingerprint(request());
    Files.writeString(root.resolve("C.java"), "class C {}\n");
    String added = analysis.fingerprint(request());
    Files.delete(root.resolve("b.py"));
    String removed = analysis.fingerprint(request());
    assertThat(List.of(before, edited, added, removed)).doesNotHaveDuplicates();
  }

  @Test
  void anyThresholdOrFilterChangesIt() {
    String before = analysis.fingerprint(request());
    AnalysisRequest stricter = new AnalysisRequest(root, List.of(Path.of(".")), List.of(), List.of(),
        StandardCharsets.UTF_8, new Thresholds(Map.of(Rule.CYCLOMATIC, new Limit(9, 20))))
        .withExecution(2, request().cacheFile());
    AnalysisRequest javaOnly = new AnalysisRequest(root, List.of(Path.of(".")), List.of("**/*.java"), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults()).withExecution(2, request().cacheFile());
    assertThat(List.of(before, analysis.fingerprint(stricter), analysis.fingerprint(javaOnly)))
        .doesNotHaveDuplicates();
  }

  @Test
  void aNewCommitChangesItWhenHistoryIsRead() throws GitAPIException, IOException {
    AnalysisRequest withHistory = request().withHistory(AnalysisRequest.history(true, 365, null));
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("first").setSign(false).call();
      String first = analysis.fingerprint(withHistory);
      String withoutHistory = analysis.fingerprint(request());
      String again = analysis.fingerprint(withHistory);
      git.commit().setMessage("same files, new HEAD").setAllowEmpty(true).setSign(false).call();
      assertThat(again).isEqualTo(first);
      assertThat(analysis.fingerprint(withHistory)).isNotEqualTo(first);
      assertThat(analysis.fingerprint(request())).isEqualTo(withoutHistory);
    }
  }

  @Test
  void aFileOverMaxFileSizeIsFingerprintedWithoutReadingItAndStillChangesIt() throws Exception {
    Path huge = root.resolve("huge.py");
    try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      sparse.setLength(40L << 30); // 40 GB, sparse: hashing every byte took minutes
    }
    String before = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
        () -> analysis.fingerprint(request()));
    try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      sparse.setLength((40L << 30) + 1);
    }
    assertThat(analysis.fingerprint(request())).isNotEqualTo(before);
  }
}
