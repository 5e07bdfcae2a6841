package dev.perfscope.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.analysis.ForkMode;
import dev.perfscope.analysis.InputLimits;
import dev.perfscope.analysis.WorkerJvm;
import dev.perfscope.baseline.Baseline;
import dev.perfscope.baseline.LoadedBaseline;
import dev.perfscope.cache.FileStamp;
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
        PathThreshold.parse("**/Pricing.java cyclomatic=2/4"));
    AnalysisRequest request = new AnalysisRequest(root, List.of(Path.of(".")), List.of("**/*"), List.of("**/*.md"),
        StandardCharsets.ISO_8859_1, thresholds).withExecution(2, null)
        .withInputs(new InputLimits(100_000, Duration.ofMillis(8_500)), false)
        .withBaseline(new LoadedBaseline("perf-baseline.json", new Baseline(1, "perfscope", List.of())));
    return new RunJob(request, Map.of("Pricing.java", new FileStamp(1, 2, 3, "hash")),
        List.of("console", "json", "html", "md"), reports, root,
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
    assertThat(forked.failures()).isEqualTo(here.failures()).isNotEmpty();
    assertThat(forked.log().stream().filter(l -> !l.startsWith("Report: ")))
        .isEqualTo(here.log().stream().filter(l -> !l.startsWith("Report: ")).toList());
    assertThat(forked.written()).extracting(p -> p.getFileName().toString())
        .containsExactly("perf-report.json", "perf-report.html", "perf-report.md");
    for (String report : List.of("perf-report.json", "perf-report.html", "perf-report.md")) {
      assertThat(out.resolve("worker").resolve(report)).hasSameBinaryContentAs(out.resolve("here").resolve(report));
    }
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
}
