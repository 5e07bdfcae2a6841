package dev.perfscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.cache.FileStamp;
import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.registry.Languages;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.java.JavaAnalyzer;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.SourceMetrics;
import dev.perfscope.model.UnitNotes;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import dev.perfscope.sources.SourceFile;
import dev.perfscope.sources.SourceWalker;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache skips unchanged files, never changes a result, and a broken cache is rebuilt; threads change nothing. */
class IncrementalAnalysisTest {
  @TempDir Path root;
  @TempDir Path out;
  private final AtomicInteger parsed = new AtomicInteger();

  /** Java, counting how many files it really parses. */
  private final LanguageAnalyzer countingJava = new LanguageAnalyzer() {
    private final JavaAnalyzer java = new JavaAnalyzer();

    @Override
    public String name() {
      return java.name();
    }

    @Override
    public List<String> extensions() {
      return java.extensions();
    }

    @Override
    public SourceMetrics analyze(SourceText source) {
      parsed.incrementAndGet();
      return java.analyze(source);
    }
  };

  @BeforeEach
  void writeSources() throws IOException {
    for (int i = 0; i < 20; i++) {
      Files.writeString(root.resolve("C" + i + ".java"),
          "class C" + i + " {\n  int f(int a) {\n    return a > " + i + " ? a : -a;\n  }\n}\n");
    }
  }

  private AnalysisRequest request(int threads, boolean cached) {
    return new AnalysisRequest(root, List.of(Path.of(".")), List.of(), List.of(), StandardCharsets.UTF_8,
        Thresholds.defaults()).withExecution(threads, cached ? out.resolve("perf-cache.json.gz") : null);
  }

  private AnalysisResult run(int threads, boolean cached) {
    return new Analysis(new Languages(List.of(countingJava))).run(request(threads, cached));
  }

  @Test
  void aSecondRunWithNothingChangedParsesNothingAndGivesTheSameResult() {
    AnalysisResult cold = run(2, true);
    parsed.set(0);
    AnalysisResult warm = run(2, true);
    assertThat(parsed.get()).isZero();
    assertThat(warm).isEqualTo(cold);
  }

  @Test
  void cachedFilesKeepTheirStructureSoAdviceIsTheSame() throws IOException {
    for (String fixture : List.of("GitHttpHelper.java", "Pricing.java", "Twins.java")) {
      Files.copy(Path.of("src/test/resources/fixtures/advice", fixture), root.resolve(fixture));
    }
    AnalysisResult cold = run(2, true);
    parsed.set(0);
    AnalysisResult warm = run(2, true);
    assertThat(parsed.get()).isZero();
    assertThat(cold.recommendations()).extracting(r -> r.kind()).contains("extract-function", "split-class");
    assertThat(warm.files()).isEqualTo(cold.files());
    assertThat(warm.recommendations()).isEqualTo(cold.recommendations());
  }

  @Test
  void cachedPythonUnitsKeepTheirDocstringsAndKeywordOnlyParameters() throws IOException {
    Files.writeString(root.resolve("config.py"), "def configure(path, *, strict=False, depth=3):\n"
        + "    \"\"\"Read the configuration.\n\n    More.\n    \"\"\"\n    return path\n");
    AnalysisResult cold = new Analysis().run(request(2, true));
    AnalysisResult warm = new Analysis().run(request(2, true));
    FileMetrics config = warm.files().stream().filter(f -> f.path().equals("config.py")).findFirst().orElseThrow();
    assertThat(config.structure().notesAt(1)).isEqualTo(new UnitNotes(4, 2, 0, 0));
    assertThat(warm.files()).isEqualTo(cold.files());
  }

  @Test
  void oneChangedFileIsTheOnlyOneParsed() throws IOException {
    run(2, true);
    Files.writeString(root.resolve("C7.java"), "class C7 {\n  void g() {}\n}\n");
    parsed.set(0);
    AnalysisResult result = run(2, true);
    assertThat(parsed.get()).isEqualTo(1);
    assertThat(result.files().stream().filter(f -> f.path().equals("C7.java")).findFirst().orElseThrow()
        .functions().get(0).name()).isEqualTo("C7.g");
  }

  /**
   * The fingerprint's stamps let the cache answer for a file they prove unchanged without reading it. Proof:
   * content swapped behind size and time (as git's index, this is what a stamp cannot see) still gives the
   * cached metrics, while a run without stamps reads the file.
   */
  @Test
  void stampsThatProveAFileUnchangedSpareReadingIt() throws IOException {
    Path file = root.resolve("C7.java");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3_600)));
    Analysis analysis = new Analysis(new Languages(List.of(countingJava)));
    analysis.run(request(2, true));
    Map<String, FileStamp> stamps = new HashMap<>(); // what the run's fingerprint keeps: each file's stamp
    for (SourceFile source : new SourceWalker(root, List.of(), List.of()).walk(request(2, true).sourceRoots())) {
      stamps.put(source.relativePath(), FileStamp.of(source.file(), null));
    }
    FileTime time = Files.getLastModifiedTime(file);
    Files.writeString(file, Files.readString(file).replace("int f(", "int g("));
    Files.setLastModifiedTime(file, time);
    parsed.set(0);
    assertThat(functionOf(analysis.run(request(2, true), stamps), "C7.java")).isEqualTo("C7.f");
    assertThat(parsed.get()).isZero();
    assertThat(functionOf(analysis.run(request(2, true)), "C7.java")).isEqualTo("C7.g");
    assertThat(parsed.get()).isEqualTo(1);
  }

  private static String functionOf(AnalysisResult result, String path) {
    return result.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow()
        .functions().get(0).name();
  }

  @Test
  void aCorruptCacheIsIgnoredAndRebuilt() throws IOException {
    AnalysisResult cold = run(1, true);
    Files.writeString(out.resolve("perf-cache.json.gz"), "not gzip at all");
    parsed.set(0);
    assertThat(run(1, true)).isEqualTo(cold);
    assertThat(parsed.get()).isEqualTo(20);
    parsed.set(0);
    run(1, true);
    assertThat(parsed.get()).isZero();
  }

  @Test
  void theResultDoesNotDependOnTheThreadCount() {
    assertThat(run(1, false)).isEqualTo(run(4, false));
  }
}
