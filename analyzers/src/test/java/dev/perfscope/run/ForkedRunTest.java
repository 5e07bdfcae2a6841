package dev.perfscope.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.config.ConfigurationException;
import dev.perfscope.analysis.ForkMode;
import dev.perfscope.analysis.InputLimits;
import dev.perfscope.analysis.WorkerJvm;
import dev.perfscope.baseline.Baseline;
import dev.perfscope.baseline.BaselineFile;
import dev.perfscope.baseline.LoadedBaseline;
import dev.perfscope.cache.FileStamp;
import dev.perfscope.model.FileKind;
import dev.perfscope.model.Severity;
import dev.perfscope.threshold.FailOn;
import dev.perfscope.threshold.Gate;
import dev.perfscope.threshold.Limit;
import dev.perfscope.threshold.PathThreshold;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole run in a worker JVM gives what it gives in the build's JVM; when it cannot, the build's JVM runs it. */
class ForkedRunTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  @TempDir Path root;
  @TempDir Path out;
  private final List<String> info = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  @BeforeEach
  void writeSources() throws IOException {
    for (String fixture : List.of("advice/GitHttpHelper.java", "advice/Pricing.java", "python/match_case.py")) {
      Path source = FIXTURES.resolve(fixture);
      Files.copy(source, root.resolve(source.getFileName()));
    }
    Files.writeString(root.resolve("Broken.java"), "class Broken {\n  void f( {\n}\n");
  }

  private RunJob job(Path reports, FailOn failOn) {
    Thresholds thresholds = new Thresholds(Thresholds.defaults().limits(),
        PathThreshold.parse("**/Pricing.java cyclomatic=2/4"), Thresholds.kinds("source,data"));
    AnalysisRequest request = new AnalysisRequest(root, List.of(Path.of(".")), List.of("**/*"), List.of("**/*.md"),
        StandardCharsets.ISO_8859_1, thresholds).withExecution(2, null)
        .withInputs(new InputLimits(100_000, Duration.ofMillis(8_500)), false)
        .withBaseline(new LoadedBaseline("perf-baseline.json", new Baseline(1, "perfscope", List.of())))
        .withNeverEntered(List.of(Path.of("target"), root.resolve("out")));
    return new RunJob(request, Map.of("Pricing.java", new FileStamp(1, 2, 3, "hash")),
        List.of("console", "json", "html", "md"), reports, root, null,
        new Gate(failOn, true, Map.of(Severity.WARNING, 3)));
  }

  @Test
  void aJobTravelsToTheWorkerUnchanged() throws IOException {
    String sent = RunJson.MAPPER.writeValueAsString(job(out, FailOn.WARNING));
    RunJob received = RunJson.MAPPER.readValue(sent, RunJob.class);
    assertThat(RunJson.MAPPER.writeValueAsString(received)).isEqualTo(sent);
    assertThat(received.request().encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(received.request().limits().parseBudget()).isEqualTo(Duration.ofMillis(8_500));
    assertThat(received.request().thresholds().limit(Rule.CYCLOMATIC, "src/Pricing.java"))
        .isEqualTo(new Limit(2, 4));
    assertThat(received.request().thresholds().kinds()).containsExactly(FileKind.SOURCE, FileKind.DATA);
    assertThat(received.request().neverEntered()).containsExactly(root.resolve("target"), root.resolve("out"));
    assertThat(received.gate()).isEqualTo(job(out, FailOn.WARNING).gate());
  }

  @Test
  void aWorkerRunsTheJobExactlyAsTheBuildJvmDoes() throws IOException {
    RunOutcome here = ReportedRun.run(new Analysis(), job(out.resolve("here"), FailOn.WARNING));
    RunOutcome forked = new ForkedRun(WorkerJvm.onOwnClasspath(), ForkMode.ALWAYS, info::add, warnings::add)
        .run(job(out.resolve("worker"), FailOn.WARNING)).orElseThrow();
    assertThat(warnings).isEmpty();
    assertThat(info).singleElement().asString()
        .startsWith("Analyzed in a worker JVM (perf.fork=always, -XX:+UseParallelGC -XX:TieredStopAtLevel=1) in ");
    assertThat(forked.failures()).isNotEmpty()
        .isEqualTo(here.failures().stream().map(l -> l.replace("/here/", "/worker/")).toList());
    assertThat(forked.log().stream().filter(l -> !l.startsWith("Report: ")))
        .isEqualTo(here.log().stream().filter(l -> !l.startsWith("Report: ")).toList());
    assertThat(forked.written()).extracting(p -> p.getFileName().toString())
        .containsExactly("perf-report.json", "perf-report.html", "perf-report.md");
    for (String report : List.of("perf-report.json", "perf-report.html", "perf-report.md")) {
      assertThat(out.resolve("worker").resolve(report)).hasSameBinaryContentAs(out.resolve("here").resolve(report));
    }
  }

  @Test
  void aBaselineJobWritesEveryFindingInTheWorkerAsHere() throws IOException {
    AnalysisRequest request = job(out, FailOn.NONE).request().withBaseline(null);
    RunOutcome here = ReportedRun.run(new Analysis(), RunJob.baseline(request, out.resolve("here.json"), out, root));
    RunOutcome forked = new ForkedRun(WorkerJvm.onOwnClasspath(), ForkMode.ALWAYS, info::add, warnings::add)
        .run(RunJob.baseline(request, out.resolve("worker.json"), out, root)).orElseThrow();
    assertThat(here.log()).singleElement().asString().startsWith("Baseline: ").endsWith(" Commit it.");
    assertThat(forked.log()).singleElement().asString()
        .isEqualTo(here.log().get(0).replace("here.json", "worker.json"));
    assertThat(forked.written()).isEmpty();
    assertThat(forked.failures()).isEmpty();
    assertThat(out.resolve("worker.json")).hasSameTextualContentAs(out.resolve("here.json"));
    assertThat(BaselineFile.read(out.resolve("worker.json")).findings()).isNotEmpty();
  }

  @Test
  void anErrorTheRunReportsStopsItWithItsMessage() throws IOException {
    Path notADirectory = Files.writeString(out.resolve("taken"), "a file where the reports should go");
    assertThatThrownBy(() -> new ForkedRun(WorkerJvm.onOwnClasspath(), ForkMode.ALWAYS, info::add, warnings::add)
        .run(job(notADirectory, FailOn.NONE))).isInstanceOf(RunFailedException.class)
        .hasMessageStartingWith("Cannot write the ");
    assertThat(warnings).isEmpty();
  }

  @Test
  void aWorkerThatFailsCostsAWarningAndNothingElse() {
    WorkerJvm own = WorkerJvm.onOwnClasspath();
    WorkerJvm broken = new WorkerJvm(own.java(), own.classpath(), List.of("-XX:+NoSuchOption"));
    assertThat(new ForkedRun(broken, ForkMode.ALWAYS, info::add, warnings::add).run(job(out, FailOn.NONE))).isEmpty();
    assertThat(info).isEmpty();
    assertThat(warnings).singleElement().asString()
        .startsWith("The worker JVM running the analysis failed (exit 1): Unrecognized VM option 'NoSuchOption'");
  }

  @Test
  void autoWeighsTheBytesAParserWouldReadWithinTheLimitButNotThoseTheCacheHas() throws IOException {
    Files.writeString(root.resolve("big.py"), "x = 1\n".repeat(2_000)); // 12,000 bytes: over the limit
    Files.writeString(root.resolve("notes.md"), "# Notes\n\nNothing to parse here.\n");
    AnalysisRequest request = new AnalysisRequest(root, List.of(Path.of(".")), List.of(), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults()).withInputs(new InputLimits(10_000, Duration.ofSeconds(10)),
        false);
    long expected = 0;
    for (String parsed : List.of("Broken.java", "GitHttpHelper.java", "match_case.py")) {
      expected += Files.size(root.resolve(parsed));
    }
    assertThat(new Analysis().bytesToParse(request, Set.of("Pricing.java"))).isEqualTo(expected);
    assertThat(ForkMode.AUTO.forks(expected)).isFalse();
    assertThat(ForkMode.AUTO.forks(ForkMode.AUTO_MIN_BYTES)).isTrue();
    assertThat(ForkMode.ALWAYS.forks(1)).isTrue();
    assertThat(ForkMode.NEVER.forks(Long.MAX_VALUE)).isFalse();
  }

  @Test
  void anUnknownModeNamesTheParameterAndWhatIsAllowed() {
    assertThat(ForkMode.parse(" Always ")).isEqualTo(ForkMode.ALWAYS);
    assertThatThrownBy(() -> ForkMode.parse("sometimes")).isInstanceOf(ConfigurationException.class)
        .hasMessage("Invalid value for fork: 'sometimes'. Allowed: auto, always or never.");
  }

  @Test
  void theWorkerGetsTheHeapLimitOfTheJvmThatStartsItAndASmallYoungGeneration() {
    assertThat(WorkerJvm.onOwnClasspath().options()).startsWith("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1")
        .contains("-Xmx" + Runtime.getRuntime().maxMemory())
        .contains("-Xmn" + Math.min(256L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 3));
  }
}
