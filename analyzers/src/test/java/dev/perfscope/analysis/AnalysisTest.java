package dev.perfscope.analysis;

import dev.perfscope.config.ConfigurationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.registry.Languages;
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
        .hasMessageStartingWith("Invalid value for sourceRoots: 'src/nope'. Allowed: existing directories");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 32_768, 50_000})
  void aThreadCountNoPoolCanHaveFailsFastNamingTheParameter(int threads) {
    AnalysisRequest request = new AnalysisRequest(root, List.of(), List.of(), List.of(), StandardCharsets.UTF_8,
        Thresholds.defaults());
    assertThatThrownBy(() -> request.withExecution(threads, null)).isInstanceOf(ConfigurationException.class)
        .hasMessage("Invalid value for threads: '" + threads + "'. Allowed: a whole number from 1 to 32767.");
    assertThat(request.withExecution(32_767, null).threads()).isEqualTo(32_767);
  }

  @Test
  void anUnknownEncodingFailsFastNamingTheParameter() {
    assertThatThrownBy(() -> AnalysisRequest.charset("UTF-9"))
        .hasMessage("Invalid value for encoding: 'UTF-9'. Allowed: a charset this JVM supports, such as UTF-8.");
  }

  @Test
  void sourcesInUtf16AreMeasuredByTheirByteOrderMarkOrTheSourceEncoding() throws IOException {
    String python = "def f(x):\n    if x:\n        return 1\n    return 2\n";
    Files.write(root.resolve("marked.py"), ("\uFEFF" + python).getBytes(StandardCharsets.UTF_16LE));
    Files.write(root.resolve("plain.py"), python.getBytes(StandardCharsets.UTF_16LE));

    AnalysisResult byMark = analyze(Languages.standard());
    assertThat(byMark.files()).extracting(FileMetrics::path).containsExactly("marked.py"); // plain.py: binary in UTF-8
    assertThat(byMark.files().get(0).functions()).extracting(f -> f.name() + " " + f.cyclomatic())
        .containsExactly("f 2");

    AnalysisResult byEncoding = new Analysis().run(new AnalysisRequest(root, List.of(Path.of(".")), List.of(),
        List.of(), StandardCharsets.UTF_16LE, Thresholds.defaults()));
    assertThat(byEncoding.files()).extracting(f -> f.path() + " " + f.lines() + " " + f.functions().size())
        .containsExactly("marked.py 4 1", "plain.py 4 1");
    assertThat(byEncoding.skipped()).isEmpty();
  }

  @Test
  void aUtf8MarkStillReachesPythonsCheckOfTheEncodingCookie() throws IOException {
    Files.write(root.resolve("latin.py"), "\uFEFF# coding: latin-1\nx = 1\n".getBytes(StandardCharsets.UTF_8));
    FileMetrics file = analyze(Languages.standard()).files().get(0);
    assertThat(file.parseError().message()).isEqualTo("encoding problem: latin-1 with BOM");
    assertThat(file.lines()).isEqualTo(2);
  }

  @Test
  void aFileNamedWithABackslashKeepsItsOwnNameAndMetrics() throws IOException {
    Files.createDirectories(root.resolve("a"));
    Files.writeString(root.resolve("a/b.py"), "x = 1\n");
    Files.writeString(root.resolve("a\\b.py"), "x = 1\ny = 2\nz = 3\n");
    assertThat(analyze(Languages.standard()).files()).extracting(f -> f.path() + " " + f.lines())
        .containsExactly("a/b.py 1", "a\\b.py 3");
  }

  @Test
  void theRootOfTheFileSystemIsNoSourceRoot() {
    assertThatThrownBy(() -> new AnalysisRequest(root, List.of(Path.of("/")), List.of(), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults())).hasMessage("Invalid value for sourceRoots: '/': the root "
            + "of the file system. Allowed: existing directories of the project, relative to " + root + ".");
  }
}
