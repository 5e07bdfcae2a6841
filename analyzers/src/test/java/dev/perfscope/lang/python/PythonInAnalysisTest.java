package dev.perfscope.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.SkippedFile;
import dev.perfscope.threshold.FailOn;
import dev.perfscope.threshold.Gate;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python files go through the same pipeline as Java ones: a 1,100-line module fails the gate with a message
 * naming it, broken and binary modules get their own problem, and every other file is still measured.
 */
class PythonInAnalysisTest {
  @TempDir Path project;

  @Test
  void anOversizedModuleFailsTheGateAndTheOtherFilesAreMeasured() throws IOException {
    write("src/app/big.py", bigModule(1100));
    write("src/app/Small.java", "class Small {}\n");
    write("src/app/tools.py", "class Repo:\n    def push(self, force):\n        return force or None\n");
    write("src/app/broken.py", "def f(:\n    pass\n");
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    Files.write(project.resolve("src/app/blob.py"), binary);

    AnalysisResult result = new Analysis().run(new AnalysisRequest(project, List.of(Path.of("src")), List.of(),
        List.of(), StandardCharsets.UTF_8, Thresholds.defaults()));

    assertThat(new Gate(FailOn.CRITICAL, false).evaluate(result).reasons())
        .containsExactly("src/app/big.py: 1,100 lines (critical > 1,000)");
    assertThat(file(result, "src/app/big.py").language()).isEqualTo("python");
    assertThat(file(result, "src/app/tools.py").functions()).extracting(FunctionMetrics::name,
        FunctionMetrics::cyclomatic).containsExactly(org.assertj.core.api.Assertions.tuple("Repo.push", 2));
    assertThat(file(result, "src/app/broken.py").parseError().line()).isEqualTo(1);
    assertThat(file(result, "src/app/broken.py").lines()).isEqualTo(2);
    assertThat(file(result, "src/app/Small.java").language()).isEqualTo("java");
    // a binary file named .py is not measured, and the report says so
    assertThat(result.files()).extracting(FileMetrics::path).doesNotContain("src/app/blob.py");
    assertThat(result.skipped()).extracting(SkippedFile::path, SkippedFile::reason)
        .containsExactly(org.assertj.core.api.Assertions.tuple("src/app/blob.py", SkippedFile.BINARY));
  }

  private static String bigModule(int lines) {
    StringBuilder text = new StringBuilder("\"\"\"A module that grew for years.\"\"\"\n");
    int n = 0;
    while (text.chars().filter(c -> c == '\n').count() + 3 <= lines) {
      text.append("def step").append(n).append("(x):\n    return x + ").append(n++).append("\n\n");
    }
    while (text.chars().filter(c -> c == '\n').count() < lines) {
      text.append("# reserved\n");
    }
    return text.toString();
  }

  private FileMetrics file(AnalysisResult result, String path) {
    return result.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
  }

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
