package dev.perfscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A worker JVM measures exactly as the build's JVM does; when it cannot, the build's JVM does it instead. */
class ForkedMeasuringTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  @TempDir Path root;
  @TempDir Path out;
  private final List<String> info = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  /**
   * Java, Python and a syntax error go to the worker; plain text, a binary file and one over the size limit
   * need no parser and never do.
   */
  @BeforeEach
  void writeSources() throws IOException {
    for (String fixture : List.of("advice/GitHttpHelper.java", "advice/Pricing.java", "python/match_case.py",
        "python/advice/git_http.py")) {
      Path source = FIXTURES.resolve(fixture);
      Files.copy(source, root.resolve(source.getFileName()));
    }
    Files.writeString(root.resolve("Broken.java"), "class Broken {\n  void f( {\n}\n");
    Files.write(root.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    Files.writeString(root.resolve("big.py"), "x = 1\n".repeat(2_000));
    Files.writeString(root.resolve("notes.md"), "# Notes\n\nNothing to parse here.\n");
  }

  private AnalysisRequest request(Path cache) {
    return new AnalysisRequest(root, List.of(Path.of(".")), List.of(), List.of(), StandardCharsets.UTF_8,
        Thresholds.defaults()).withExecution(2, cache)
        .withInputs(new InputLimits(10_000, Duration.ofSeconds(10)), false);
  }

  private Analysis forking(WorkerJvm jvm, ForkMode mode) {
    return Analysis.forking(jvm, mode, info::add, warnings::add);
  }

  @Test
  void aWorkerMeasuresEveryFileExactlyAsTheBuildJvmDoes() {
    AnalysisResult here = new Analysis().run(request(null));
    AnalysisResult forked = forking(WorkerJvm.onOwnClasspath(), ForkMode.ALWAYS).run(request(null));
    assertThat(warnings).isEmpty();
    assertThat(info).singleElement().asString().startsWith("Measured 5 files in a worker JVM (perf.fork=always, "
        + "-XX:+UseParallelGC -XX:TieredStopAtLevel=1) in ");
    assertThat(forked).isEqualTo(here);
    assertThat(forked.files()).extracting(f -> f.path()).containsExactly("Broken.java", "GitHttpHelper.java",
        "Pricing.java", "big.py", "git_http.py", "match_case.py", "notes.md");
    assertThat(forked.files().get(0).parseError().message()).startsWith("unexpected");
    assertThat(forked.files().get(3).note().message()).contains("over maxFileSize");
  }

  @Test
  void whatTheWorkerMeasuredIsCachedSoTheNextRunParsesOnlyWhatChanged() throws IOException {
    Path cache = out.resolve("perf-cache.json.gz");
    AnalysisResult first = forking(WorkerJvm.onOwnClasspath(), ForkMode.ALWAYS).run(request(cache));
    AnalysisResult second = forking(WorkerJvm.onOwnClasspath(), ForkMode.ALWAYS).run(request(cache));
    assertThat(info).singleElement().asString().startsWith("Measured 5 files");
    assertThat(second).isEqualTo(first).isEqualTo(new Analysis().run(request(null)));
    Files.writeString(root.resolve("Pricing.java"), "class Pricing {}\n");
    AnalysisResult third = forking(WorkerJvm.onOwnClasspath(), ForkMode.ALWAYS).run(request(cache));
    assertThat(info).hasSize(2).last().asString().startsWith("Measured 1 files");
    assertThat(third).isEqualTo(new Analysis().run(request(null)));
  }

  @Test
  void aWorkerThatFailsCostsAWarningAndTheBuildJvmMeasuresInstead() {
    WorkerJvm own = WorkerJvm.onOwnClasspath();
    WorkerJvm broken = new WorkerJvm(own.java(), own.classpath(), List.of("-XX:+NoSuchOption"));
    AnalysisResult forked = forking(broken, ForkMode.ALWAYS).run(request(null));
    assertThat(info).isEmpty();
    assertThat(warnings).singleElement().asString()
        .startsWith("The worker JVM measuring 5 files failed (exit 1): Unrecognized VM option 'NoSuchOption'")
        .endsWith("They are measured in the build's JVM instead.");
    assertThat(forked).isEqualTo(new Analysis().run(request(null)));
  }

  @Test
  void autoKeepsAFewKilobytesInTheBuildJvmAndNeverNeverForks() {
    AnalysisResult auto = forking(WorkerJvm.onOwnClasspath(), ForkMode.AUTO).run(request(null));
    AnalysisResult never = forking(WorkerJvm.onOwnClasspath(), ForkMode.NEVER).run(request(null));
    assertThat(info).isEmpty();
    assertThat(warnings).isEmpty();
    assertThat(auto).isEqualTo(never).isEqualTo(new Analysis().run(request(null)));
  }

  @Test
  void autoWeighsOnlyWhatAParserReads() throws IOException {
    Files.writeString(root.resolve("changelog.txt"), "a line of plain text\n".repeat(250_000)); // 5 MB
    AnalysisResult auto = forking(WorkerJvm.onOwnClasspath(), ForkMode.AUTO).run(request(null).withInputs(
        new InputLimits(10_000_000, Duration.ofSeconds(10)), false));
    assertThat(info).isEmpty();
    assertThat(auto.files()).extracting(f -> f.path()).contains("changelog.txt");
  }

  @Test
  void bytesToParseCountsWhatAParserReadsWithinTheLimitButNotWhatTheCacheHas() throws IOException {
    long expected = 0;
    for (String parsed : List.of("Broken.java", "GitHttpHelper.java", "match_case.py", "git_http.py")) {
      expected += Files.size(root.resolve(parsed));
    }
    assertThat(new Analysis().bytesToParse(request(null), Set.of("Pricing.java"))).isEqualTo(expected);
    assertThat(ForkMode.AUTO.forks(expected)).isFalse();
    assertThat(ForkMode.AUTO.forks(ForkMode.AUTO_MIN_BYTES)).isTrue();
    assertThat(ForkMode.ALWAYS.forks(1)).isTrue();
    assertThat(ForkMode.NEVER.forks(Long.MAX_VALUE)).isFalse();
  }

  @Test
  void anUnknownModeNamesTheParameterAndWhatIsAllowed() {
    assertThat(ForkMode.parse(" Always ")).isEqualTo(ForkMode.ALWAYS);
    assertThatThrownBy(() -> ForkMode.parse("sometimes")).isInstanceOf(ConfigurationException.class)
        .hasMessage("Invalid value for perf.fork: 'sometimes'. Allowed: auto, always or never.");
  }

  @Test
  void theWorkerGetsTheHeapLimitOfTheJvmThatStartsItAndASmallYoungGeneration() {
    assertThat(WorkerJvm.onOwnClasspath().options()).startsWith("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1")
        .contains("-Xmx" + Runtime.getRuntime().maxMemory())
        .contains("-Xmn" + Math.min(256L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 3));
  }
}
