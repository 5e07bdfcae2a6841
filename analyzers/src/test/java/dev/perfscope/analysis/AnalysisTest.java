package dev.perfscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.Languages;
import dev.perfscope.lang.SourceText;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.SourceMetrics;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnalysisTest {
  @TempDir Path root;

  /** A language whose analyzer has a bug on some input: it must cost nothing but that file's units. */
  private static final LanguageAnalyzer EXPLODING = new LanguageAnalyzer() {
    @Override
    public String name() {
      return "boom";
    }

    @Override
    public List<String> extensions() {
      return List.of(".boom");
    }

    @Override
    public SourceMetrics analyze(SourceText source) {
      throw new IllegalStateException("bug");
    }
  };

  private AnalysisResult analyze(Languages languages) {
    return new Analysis(languages).run(new AnalysisRequest(root, List.of(Path.of(".")), List.of(), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults()));
  }

  @Test
  void anAnalyzerFailureIsReportedOnThatFileAndTheOthersAreStillAnalyzed() throws IOException {
    Files.writeString(root.resolve("a.boom"), "one\n\ntwo\n");
    Files.writeString(root.resolve("b.txt"), "x\n");
    Files.write(root.resolve("c.bin"), new byte[] {1, 0, 2});

    AnalysisResult result = analyze(new Languages(List.of(EXPLODING)));

    assertThat(result.files()).extracting(FileMetrics::path).containsExactly("a.boom", "b.txt");
    FileMetrics broken = result.files().get(0);
    assertThat(broken.parseError().message()).isEqualTo("analyzer failed: java.lang.IllegalStateException: bug");
    assertThat(List.of(broken.lines(), broken.code(), broken.blank())).containsExactly(3, 2, 1);
    assertThat(result.summary().parseErrors()).isEqualTo(1);
    assertThat(result.summary().lines()).isEqualTo(4);
  }

  @Test
  void emptyFilesAreCountedWithZeroLines() throws IOException {
    Files.writeString(root.resolve("empty.txt"), "");
    FileMetrics empty = analyze(Languages.standard()).files().get(0);
    assertThat(List.of(empty.lines(), empty.code(), empty.comment(), empty.blank())).containsExactly(0, 0, 0, 0);
  }

  @Test
  void aMissingSourceRootFailsFastNamingTheParameter() {
    assertThatThrownBy(() -> new AnalysisRequest(root, List.of(Path.of("src/nope")), List.of(), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("Invalid value for perf.sourceRoots: 'src/nope'. Allowed: existing directories");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 32_768, 50_000})
  void aThreadCountNoPoolCanHaveFailsFastNamingTheParameter(int threads) {
    AnalysisRequest request = new AnalysisRequest(root, List.of(), List.of(), List.of(), StandardCharsets.UTF_8,
        Thresholds.defaults());
    assertThatThrownBy(() -> request.withExecution(threads, null)).isInstanceOf(ConfigurationException.class)
        .hasMessage("Invalid value for perf.threads: '" + threads + "'. Allowed: a whole number from 1 to 32767.");
    assertThat(request.withExecution(32_767, null).threads()).isEqualTo(32_767);
  }

  @Test
  void anUnknownEncodingFailsFastNamingTheParameter() {
    assertThatThrownBy(() -> AnalysisRequest.charset("UTF-9"))
        .hasMessage("Invalid value for perf.encoding: 'UTF-9'. Allowed: a charset this JVM supports, such as UTF-8.");
  }
}
