package dev.perfscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.report.JsonReport;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON report is the same byte for byte on one thread and on several. A native parser is kept per thread
 * (tree-sitter for JavaScript and TypeScript), so with several threads each parser sees another sequence of
 * files than the single one does: any state carried from one file to the next shows up here. Each fixture is
 * copied several times so that every thread gets files of each language and dialect.
 */
class ThreadCountReportsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final int COPIES = 3;

  @TempDir Path tree;
  @TempDir Path out;

  @Test
  void javaScriptAndTypeScriptReportsAreIdenticalOnOneAndOnFourThreads() throws IOException {
    copyFixtures("javascript", "typescript");
    byte[] single = report(1);
    assertThat(report(4)).isEqualTo(single);
    assertThat(filesByLanguage(1)).isEqualTo(Map.of("javascript", 5L * COPIES, "typescript", 4L * COPIES));
  }

  @Test
  void aMixedTreeGivesIdenticalReportsOnOneAndOnFourThreads() throws IOException {
    copyFixtures("javascript", "typescript", "java", "python", "advice", "duplicates");
    byte[] single = report(1);
    assertThat(report(4)).isEqualTo(single);
    assertThat(filesByLanguage(1)).containsKeys("java", "python", "javascript", "typescript");
  }

  /** Copies each fixture folder {@link #COPIES} times, to {@code copy<i>/<folder>/...}. */
  private void copyFixtures(String... folders) throws IOException {
    for (int copy = 0; copy < COPIES; copy++) {
      for (String folder : folders) {
        Path from = FIXTURES.resolve(folder);
        try (Stream<Path> files = Files.walk(from)) {
          for (Path file : files.filter(Files::isRegularFile).toList()) {
            Path to = tree.resolve("copy" + copy).resolve(folder).resolve(from.relativize(file).toString());
            Files.createDirectories(to.getParent());
            Files.copy(file, to);
          }
        }
      }
    }
  }

  private AnalysisResult analyze(int threads) {
    AnalysisRequest request = new AnalysisRequest(tree, List.of(Path.of(".")), List.of(), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults()).withExecution(threads, null);
    return new Analysis().run(request);
  }

  private byte[] report(int threads) throws IOException {
    Path folder = out.resolve("threads-" + threads);
    return Files.readAllBytes(new JsonReport().write(analyze(threads), folder));
  }

  private Map<String, Long> filesByLanguage(int threads) {
    return analyze(threads).files().stream().filter(f -> !FileMetrics.TEXT.equals(f.language()))
        .collect(Collectors.groupingBy(FileMetrics::language, Collectors.counting()));
  }
}
