package dev.perfscope.analysis;

import dev.perfscope.config.ConfigurationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.registry.Languages;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.java.JavaAnalyzer;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.SkippedFile;
import dev.perfscope.model.SourceMetrics;
import dev.perfscope.sources.SourceFile;
import dev.perfscope.sources.SourceReader;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The size limit, the parse budget and deep or failing input cost one file, never the run. */
class InputLimitsTest {
  @TempDir Path root;

  @ParameterizedTest
  @CsvSource({"5242880, 5242880", "5MB, 5242880", "512kb, 524288", "512K, 524288", "1 GB, 1073741824", "7B, 7"})
  void readsSizesWithUnits(String value, long bytes) {
    assertThat(InputLimits.size(value)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "5 TB", "-1", "five", "1.5MB", "99999999999999GB"})
  void rejectsOtherSizesNamingTheParameter(String value) {
    assertThatThrownBy(() -> InputLimits.size(value)).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("maxFileSize");
  }

  @Test
  void countsOnlyTheLinesOfAFileOverTheSizeLimitAndSaysSo() throws IOException {
    write("Big.java", "class Big {\n\n  void f() {}\r\n}\r  \n// end");
    write("Small.java", "class S {}\n");
    AnalysisResult result = run(new InputLimits(20, Duration.ofSeconds(10)), Languages.standard());
    FileMetrics big = file(result, "Big.java");
    assertThat(List.of(big.lines(), big.code(), big.blank(), big.functions().size())).containsExactly(6, 4, 2, 0);
    assertThat(big.parseError()).isNull();
    assertThat(big.note().message()).contains("over maxFileSize (20 bytes)");
    assertThat(file(result, "Small.java").note()).isNull();
    assertThat(result.skipped()).extracting(SkippedFile::path, SkippedFile::reason, SkippedFile::detail)
        .containsExactly(tuple("src/Big.java", SkippedFile.TOO_LARGE,
            "file is 39 bytes, over maxFileSize (20 bytes); its lines are counted"));
  }

  @Test
  void givesUpOnAFileOverTheParseBudget() throws IOException {
    write("Slow.java", "class Slow {}\n");
    write("Fast.txt", "fine\n");
    LanguageAnalyzer slow = new Stub(source -> {
      Thread.sleep(5_000);
      return null;
    });
    long start = System.nanoTime();
    AnalysisResult result = run(new InputLimits(1000, Duration.ofMillis(500)), new Languages(List.of(slow)));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    FileMetrics file = file(result, "Slow.java");
    assertThat(file.parseError().message()).isEqualTo("took longer than 500 ms to analyze");
    assertThat(file.lines()).isEqualTo(1);
    assertThat(file(result, "Fast.txt").parseError()).isNull();
    assertNoParseThreadLeftWithin(Duration.ofSeconds(2)); // the runaway is interrupted, the rest end
  }

  /**
   * A real parse past its budget stops at its next checkpoint instead of reading on with the file's text,
   * tokens and tree (a million lines of Java or Python take seconds): nothing is left running once the
   * run is done, and the rest is measured.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Runaway.java", "runaway.py"})
  void aRunawayParseStopsAtTheBudget(String name) throws IOException {
    write("Fine.java", "class Fine { void f() {} }\n");
    write("fine.py", "def g():\n    pass\n");
    run(InputLimits.DEFAULTS, Languages.standard()); // parsers loaded: the budget below is for parsing only
    boolean java = name.endsWith(".java");
    write(name, java ? "class Runaway {\n" + ";\n".repeat(1_000_000) + "}\n" : "x = 1\n".repeat(1_000_000));
    AnalysisResult result = run(new InputLimits(10L << 20, Duration.ofMillis(200)), Languages.standard());
    assertNoParseThreadLeftWithin(Duration.ofMillis(500));
    assertThat(file(result, name).parseError().message()).isEqualTo("took longer than 200 ms to analyze");
    assertThat(file(result, name).lines()).isEqualTo(java ? 1_000_002 : 1_000_000);
    assertThat(file(result, "Fine.java").functions()).hasSize(1);
    assertThat(file(result, "fine.py").functions()).hasSize(1);
  }

  private static void assertNoParseThreadLeftWithin(Duration wait) {
    long end = System.nanoTime() + wait.toNanos();
    while (parseThreads() > 0 && System.nanoTime() < end) {
      Thread.onSpinWait();
    }
    assertThat(parseThreads()).as("perfscope-parse threads alive").isZero();
  }

  private static long parseThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("perfscope-parse-")).count();
  }

  @Test
  void aTimeoutIsNotCachedSoTheNextRunMeasuresTheFileAgain() throws IOException {
    write("Once.java", "class Once {}\n");
    LanguageAnalyzer slow = new Stub(source -> {
      Thread.sleep(2_000);
      return null;
    });
    InputLimits tight = new InputLimits(1000, Duration.ofMillis(100));
    Path cache = root.resolve("cache/perf-cache.json.gz");
    assertThat(file(run(tight, new Languages(List.of(slow)), cache), "Once.java").parseError()).isNotNull();
    AnalysisResult again = run(InputLimits.DEFAULTS, new Languages(List.of(new Stub(new JavaAnalyzer()::analyze))),
        cache);
    assertThat(file(again, "Once.java").parseError()).isNull();
  }

  @Test
  void aRunWithATimeoutOrALackOfMemoryIsNotRepeatable() throws IOException {
    write("Once.java", "class Once {}\n");
    InputLimits tight = new InputLimits(1000, Duration.ofMillis(100));
    LanguageAnalyzer slow = new Stub(source -> {
      Thread.sleep(2_000);
      return null;
    });
    LanguageAnalyzer starved = new Stub(source -> {
      throw new OutOfMemoryError("Java heap space");
    });
    assertThat(analyze(tight, slow).repeatable()).isFalse();
    assertThat(analyze(InputLimits.DEFAULTS, starved).repeatable()).isFalse();
    Analysis.Analyzed fine = analyze(InputLimits.DEFAULTS, new Stub(new JavaAnalyzer()::analyze));
    assertThat(fine.repeatable()).isTrue();
    assertThat(file(fine.result(), "Once.java").parseError()).isNull();
  }

  private Analysis.Analyzed analyze(InputLimits limits, LanguageAnalyzer language) {
    AnalysisRequest request = new AnalysisRequest(root, List.of(Path.of("src")), List.of(), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults()).withExecution(1, null).withInputs(limits, false);
    return new Analysis(new Languages(List.of(language))).analyze(request, Map.of());
  }

  @Test
  void anAnalyzerReturningNothingIsAFailureOnThatFile() throws IOException {
    write("Null.java", "class Null {}\n");
    AnalysisResult result = run(InputLimits.DEFAULTS, new Languages(List.of(new Stub(source -> null))));
    assertThat(file(result, "Null.java").parseError().message()).startsWith("analyzer failed: ");
  }

  @Test
  void anOutOfMemoryErrorCostsOnlyThatFile() throws IOException {
    write("Huge.java", "class Huge {}\n");
    AnalysisResult result = run(InputLimits.DEFAULTS, new Languages(List.of(new Stub(source -> {
      throw new OutOfMemoryError("Java heap space");
    }))));
    assertThat(file(result, "Huge.java").parseError().message()).isEqualTo("ran out of memory analyzing this file");
  }

  /**
   * Memory is shared: a file may run out of it because of what its neighbours held at the time. Each file
   * that did is measured once more on its own, so only a file that cannot be measured alone keeps the error.
   */
  @Test
  void aFileThatRanOutOfMemoryBesideOthersIsMeasuredAgainAlone() throws IOException {
    write("Victim.java", "class Victim { void f() {} }\n");
    write("Hog.java", "class Hog {}\n");
    AtomicInteger victimTries = new AtomicInteger();
    AnalysisResult result = run(InputLimits.DEFAULTS, new Languages(List.of(new Stub(source -> {
      boolean hog = source.text().contains("Hog");
      if (hog || victimTries.incrementAndGet() == 1) {
        throw new OutOfMemoryError("Java heap space");
      }
      return new JavaAnalyzer().analyze(source);
    }))));
    assertThat(victimTries).hasValue(2);
    assertThat(file(result, "Victim.java").parseError()).isNull();
    assertThat(file(result, "Victim.java").functions()).hasSize(1);
    assertThat(file(result, "Hog.java").parseError().message()).isEqualTo("ran out of memory analyzing this file");
    assertThat(file(result, "Hog.java").lines()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"(", "{", "new int[]{", "!"})
  void tenThousandNestedLevelsFailThatFileOnly(String opener) throws IOException {
    String closer = switch (opener) {
      case "(" -> ")";
      case "!" -> "";
      default -> "}";
    };
    String deep = opener.repeat(10_000) + "1" + closer.repeat(10_000);
    String body = opener.equals("{") ? "void f() " + deep : "Object x = " + deep + ";";
    write("Deep.java", "class Deep {\n" + body + "\n}\n");
    write("Fine.java", "class Fine { void f() {} }\n");
    AnalysisResult result = run(InputLimits.DEFAULTS, Languages.standard());
    assertThat(file(result, "Deep.java").lines()).isEqualTo(3);
    assertThat(file(result, "Fine.java").functions()).hasSize(1);
  }

  @Test
  void aFileThatVanishesBeforeItIsReadIsReportedNotThrown() {
    FileMeasurer measurer = new FileMeasurer(Languages.standard(), new SourceReader(StandardCharsets.UTF_8), null,
        InputLimits.DEFAULT_MAX_FILE_SIZE, new ParseBudget(InputLimits.DEFAULT_PARSE_BUDGET));
    FileMeasurer.Measured gone = measurer.measureAll(List.of(new SourceFile(root.resolve("src/Gone.java"), "Gone.java")),
        1).get(0);
    assertThat(gone.metrics()).isNull();
    assertThat(gone.skipped().path()).isEqualTo("Gone.java");
    assertThat(gone.skipped().reason()).isEqualTo(SkippedFile.UNREADABLE);
    assertThat(gone.skipped().detail()).startsWith("cannot read file: ");
  }

  private AnalysisResult run(InputLimits limits, Languages languages) {
    return run(limits, languages, null);
  }

  private AnalysisResult run(InputLimits limits, Languages languages, Path cache) {
    AnalysisRequest request = new AnalysisRequest(root, List.of(Path.of("src")), List.of(), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults()).withExecution(2, cache).withInputs(limits, false);
    return new Analysis(languages).run(request);
  }

  private void write(String name, String text) throws IOException {
    Files.createDirectories(root.resolve("src"));
    Files.writeString(root.resolve("src").resolve(name), text);
  }

  private static FileMetrics file(AnalysisResult result, String path) {
    return result.files().stream().filter(f -> f.path().equals("src/" + path)).findFirst().orElseThrow();
  }

  /** A language claiming {@code .java} that does whatever the test needs. */
  private record Stub(Behaviour behaviour) implements LanguageAnalyzer {
    interface Behaviour {
      SourceMetrics analyze(SourceText source) throws InterruptedException;
    }

    @Override
    public String name() {
      return "java";
    }

    @Override
    public List<String> extensions() {
      return new JavaAnalyzer().extensions();
    }

    @Override
    public SourceMetrics analyze(SourceText source) {
      try {
        return behaviour.analyze(source);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
  }
}
