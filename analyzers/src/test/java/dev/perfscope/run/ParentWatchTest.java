package dev.perfscope.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker outlives no build (#17: an orphan went on at 190% cpu for minutes): when the JVM that started it
 * ends, its end of the worker's standard input closes, and the worker halts within seconds, mid-analysis.
 * Closed once the reply is read, the same stream lets the worker end at once, and normally.
 */
class ParentWatchTest {
  @TempDir Path root;

  @Test
  void aWorkerWhoseParentIsGoneHaltsMidAnalysis() throws IOException, InterruptedException {
    for (int i = 0; i < 4; i++) { // tens of seconds of parsing on one thread
      Files.writeString(root.resolve("module" + i + ".py"), "x = 1\n".repeat(1_000_000));
    }
    RunConfig config = Jobs.config(root, root.resolve("out"))
        .withInputs(new RunConfig.Inputs("10MB", 300, false, false, 365, null))
        .withExecution(new RunConfig.Execution(1, false, "never", List.of()))
        .withOutput(new RunConfig.Output(root.resolve("out"), false, "json"));
    Job job = Jobs.job(Job.Goal.ANALYZE, config, Map.of());
    try (WorkerProcess process = WorkerProcess.inTemporaryFolder("perfscope-test")) {
      WorkerJob.of(job).write(process.job());
      Process worker = process.start(WorkerJvm.onOwnClasspath(), RunWorker.class);
      try {
        assertThat(worker.waitFor(2, TimeUnit.SECONDS)).as("still analyzing").isFalse();
        long closed = System.nanoTime();
        worker.getOutputStream().close(); // what the system does to it when the build's JVM ends
        assertThat(worker.waitFor(10, TimeUnit.SECONDS)).as("halted").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - closed)).isLessThan(Duration.ofSeconds(5));
        assertThat(worker.exitValue()).isEqualTo(ParentWatch.EXIT_CODE);
        assertThat(root.resolve("out/perf-report.json")).doesNotExist();
      } finally {
        worker.destroyForcibly();
      }
    }
  }

  /**
   * A JVM ends only after giving a thread blocked in a system call, here the watch's read, 300 ms to return:
   * closed once the build has the reply, the stream lets it return at once, so the fastest of three workers
   * ends well within that.
   */
  @Test
  void aWorkerEndsAsSoonAsItsReplyIsRead() throws IOException {
    Files.writeString(root.resolve("module.py"), "x = 1\n");
    RunConfig config = Jobs.config(root, root.resolve("out"))
        .withExecution(new RunConfig.Execution(1, false, "always", List.of()))
        .withOutput(new RunConfig.Output(root.resolve("out"), false, "json"));
    Job job = Jobs.job(Job.Goal.ANALYZE, config, Map.of());
    Duration fastest = Duration.ofDays(1);
    for (int i = 0; i < 3; i++) {
      try (WorkerProcess process = WorkerProcess.inTemporaryFolder("perfscope-test")) {
        WorkerJob.of(job).write(process.job());
        Process worker = process.start(WorkerJvm.onOwnClasspath(), RunWorker.class);
        RunObjects.Reader sent = RunObjects.reader(worker.getInputStream());
        assertThat(sent.readInt()).as("protocol").isEqualTo(WorkerJob.PROTOCOL);
        RunWorker.Reply reply = sent.value(RunWorker.Reply.class);
        long read = System.nanoTime();
        assertThat(WorkerProcess.waitFor(worker)).as("exit code").isZero();
        Duration ended = Duration.ofNanos(System.nanoTime() - read);
        fastest = ended.compareTo(fastest) < 0 ? ended : fastest;
        assertThat(reply.outcome().written()).containsExactly(root.resolve("out/perf-report.json"));
      }
    }
    assertThat(fastest).isLessThan(Duration.ofMillis(200));
  }
}
