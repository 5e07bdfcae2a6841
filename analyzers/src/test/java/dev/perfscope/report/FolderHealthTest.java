package dev.perfscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import java.util.List;
import org.junit.jupiter.api.Test;

class FolderHealthTest {
  private static FileMetrics file(String path, String language, int code) {
    return new FileMetrics(path, language, null, code, code, 0, 0, 1, null, null, List.of(), List.of(), null, null, null);
  }

  @Test
  void scoresEveryFolderWithEverythingBelowItAndLeavesTextOut() {
    // no findings: a file scores 100 up to 500 code lines; Big.java's 1,000 lines weigh 2, half of it unhealthy
    List<FileMetrics> files = AnalysisResult.of(new AnalysisResult.Tool("perfscope", "1.0"), "/work/tree", List.of(
        file("a/b/Big.java", "java", 1000), file("a/Small.java", "java", 100), file("c/Other.py", "python", 300),
        file("README.md", "text", 2000)), List.of()).files();

    assertThat(FolderHealth.of(files)).extracting(FolderHealth::path, FolderHealth::files, FolderHealth::codeLines,
        f -> f.health().score(), f -> f.health().letter()).containsExactly(
            tuple("", 3, 1400L, 75, "C"), // healthy parts 1 + 1 + 1 over weights 2 + 1 + 1
            tuple("a", 2, 1100L, 66, "D"),
            tuple("a/b", 1, 1000L, 50, "E"),
            tuple("c", 1, 300L, 100, "A"));
  }
}
