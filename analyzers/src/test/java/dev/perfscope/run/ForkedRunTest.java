package dev.perfscope.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.baseline.Baseline;
import dev.perfscope.baseline.BaselineFile;
import dev.perfscope.cache.FileStamp;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfscope.config.ConfigurationException;
import dev.perfscope.infra.JsonMapper;
import dev.perfscope.model.FileKind;
import dev.perfscope.model.Severity;
import dev.perfscope.sources.SourceFile;
import dev.perfscope.threshold.FailOn;
import dev.perfscope.threshold.Gate;
import dev.perfscope.threshold.Limit;
import dev.perfscope.threshold.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    BaselineFile.write(new Baseline(1, "perfscope", List.of()), root.resolve("perf-baseline.json"));
  }

  /** A configuration away from every default, so that a value lost on the way to the worker shows. */
  private RunConfig config(Path reports, String failOn) {
    RunConfig base = Jobs.config(root, reports);
    RunConfig.Checks checks = new RunConfig.Checks(RunConfig.Checks.defaults().levels(),
        List.of("**/Pricing.java cyclomatic=2/4"), "source,data", root.resolve("perf-baseline.json"));
    return new RunConfig(new RunConfig.Project(root, List.of(Path.of(".")), List.of("**/*"), List.of("**/*.md"),
        "ISO-8859-1", List.of(Path.of("target"), root.resolve("out")), root),
        new RunConfig.Inputs("100000", 9, false, false, 365, null), checks,
        new RunConfig.Gating(failOn, true, 0, 3), new RunConfig.Execution(2, false, "always", List.of()),
        new RunConfig.Output(reports, false, "console,json,html,md"), base.settingPrefix(),
        base.duplicates());
  }

  private Job job(Path reports, String failOn) {
    return Jobs.job(Job.Goal.ANALYZE, config(reports, failOn), Map.of("Pricing.java", new FileStamp(1, 2, 3, "hash")));
  }

  private ForkedRun forked(WorkerJvm jvm) {
    return new ForkedRun(jvm, ForkMode.ALWAYS, info::add, warnings::add, setting -> "perf." + setting);
  }

  @Test
  void aJobTravelsToTheWorkerUnchanged() throws IOException {
    Path file = out.resolve("job");
    WorkerJob.of(job(out, "warning")).write(file);
    Job received = Job.of(WorkerJob.read(file));
    ObjectMapper json = JsonMapper.forCache();
    assertThat(json.writeValueAsString(WorkerJob.of(received)))
        .isEqualTo(json.writeValueAsString(WorkerJob.of(job(out, "warning"))));
    assertThat(received.request().encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(received.request().limits().parseBudget()).isEqualTo(Duration.ofSeconds(9));
    assertThat(received.request().limits().maxFileSize()).isEqualTo(100_000);
    assertThat(received.request().thresholds().limit(Rule.CYCLOMATIC, "src/Pricing.java"))
        .isEqualTo(new Limit(2, 4));
    assertThat(received.request().thresholds().kinds()).containsExactly(FileKind.SOURCE, FileKind.DATA);
    assertThat(received.request().neverEntered()).containsExactly(root.resolve("target"), root.resolve("out"));
    assertThat(received.request().baseline().file()).isEqualTo("perf-baseline.json");
    assertThat(received.gate()).isEqualTo(new Gate(FailOn.WARNING, true, Map.of(Severity.CRITICAL, 0,
        Severity.WARNING, 3)));
    assertThat(received.selection().files()).extracting(SourceFile::relativePath)
        .containsExactly("Broken.java", "GitHttpHelper.java", "Pricing.java", "match_case.py", "perf-baseline.json");
    assertThat(received.stamps()).containsOnlyKeys("Pricing.java");
  }

  @Test
  void aJobOfAnotherProtocolVersionIsRefusedSayingSo() throws IOException {
    Path file = out.resolve("job");
    WorkerJob sent = WorkerJob.of(job(out, "none"));
    new WorkerJob(WorkerJob.PROTOCOL + 1, sent.goal(), sent.config(), sent.selection(), sent.stamps()).write(file);
    assertThatThrownBy(() -> WorkerJob.read(file)).isInstanceOf(IOException.class)
        .hasMessage("the job is in version " + (WorkerJob.PROTOCOL + 1) + " of the worker protocol and this worker "
            + "reads version " + WorkerJob.PROTOCOL + ": the build's JVM and the worker's class path are different "
            + "Perfscope builds");
    Files.writeString(file, "{\"goal\": \"ANALYZE\"}");
    assertThatThrownBy(() -> WorkerJob.read(file)).hasMessageStartingWith("the job is in version -1 ");
  }

  @Test
  void aWorkerRunsTheJobExactlyAsTheBuildJvmDoes() throws IOException {
    Reported here = Jobs.runHere(job(out.resolve("here"), "warning"));
    Reported forked = forked(WorkerJvm.onOwnClasspath()).run(job(out.resolve("worker"), "warning")).orElseThrow();
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
    RunConfig config = config(out, "none");
    RunConfig here = config.withChecks(withBaselineFile(config, out.resolve("here.json")));
    RunConfig worker = config.withChecks(withBaselineFile(config, out.resolve("worker.json")));
    Reported inThisJvm = Jobs.runHere(Jobs.job(Job.Goal.BASELINE, here, Map.of()));
    Reported forked = forked(WorkerJvm.onOwnClasspath()).run(Jobs.job(Job.Goal.BASELINE, worker, Map.of()))
        .orElseThrow();
    assertThat(inThisJvm.log()).singleElement().asString().startsWith("Baseline: ").endsWith(" Commit it.");
    assertThat(forked.log()).singleElement().asString()
        .isEqualTo(inThisJvm.log().get(0).replace("here.json", "worker.json"));
    assertThat(forked.written()).isEmpty();
    assertThat(forked.failures()).isEmpty();
    assertThat(out.resolve("worker.json")).hasSameTextualContentAs(out.resolve("here.json"));
    assertThat(BaselineFile.read(out.resolve("worker.json")).findings()).isNotEmpty();
  }

  private static RunConfig.Checks withBaselineFile(RunConfig config, Path file) {
    RunConfig.Checks checks = config.checks();
    return new RunConfig.Checks(checks.levels(), checks.pathThresholds(), checks.thresholdKinds(), file);
  }

  @Test
  void anErrorTheRunReportsStopsItWithItsMessage() throws IOException {
    Path notADirectory = Files.writeString(out.resolve("taken"), "a file where the reports should go");
    assertThatThrownBy(() -> forked(WorkerJvm.onOwnClasspath()).run(job(notADirectory, "none")))
        .isInstanceOf(RunFailedException.class).hasMessageStartingWith("Cannot write the ");
    assertThat(warnings).isEmpty();
  }

  @Test
  void aWorkerThatFailsCostsAWarningAndNothingElse() {
    WorkerJvm own = WorkerJvm.onOwnClasspath();
    WorkerJvm broken = new WorkerJvm(own.java(), own.classpath(), List.of("-XX:+NoSuchOption"));
    assertThat(forked(broken).run(job(out, "none"))).isEmpty();
    assertThat(info).isEmpty();
    assertThat(warnings).singleElement().asString()
        .startsWith("The worker JVM running the analysis failed (exit 1): Unrecognized VM option 'NoSuchOption'");
  }

  @Test
  void autoWeighsTheBytesAParserWouldReadWithinTheLimitButNotThoseTheCacheHas() throws IOException {
    Files.writeString(root.resolve("big.py"), "x = 1\n".repeat(2_000)); // 12,000 bytes: over the limit
    Files.writeString(root.resolve("notes.md"), "# Notes\n\nNothing to parse here.\n");
    Files.delete(root.resolve("perf-baseline.json"));
    RunConfig config = Jobs.config(root, out).withInputs(new RunConfig.Inputs("10000", 10, false, false, 365, null));
    List<SourceFile> notCached = Jobs.selection(config).files().stream()
        .filter(f -> !f.relativePath().equals("Pricing.java")).toList();
    long expected = 0;
    for (String parsed : List.of("Broken.java", "GitHttpHelper.java", "match_case.py")) {
      expected += Files.size(root.resolve(parsed));
    }
    assertThat(new Analysis().bytesToParse(Requests.request(config), notCached)).isEqualTo(expected);
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
