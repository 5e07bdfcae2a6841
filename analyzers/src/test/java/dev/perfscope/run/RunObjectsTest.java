package dev.perfscope.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunObjectsTest {
  @Test
  void aReplyComesBackWithItsPathsAndItsVersion() throws IOException {
    Reported outcome = new Reported(List.of("Report: out/perf-report.json"),
        List.of(Path.of("/work/out/perf-report.json"), Path.of("relative/perf-report.md")), List.of("too many"), true);
    RunObjects.Reader in = RunObjects.reader(new ByteArrayInputStream(written(new RunWorker.Reply(outcome, null, null))));
    assertThat(in.readInt()).isEqualTo(WorkerJob.PROTOCOL);
    RunWorker.Reply reply = in.value(RunWorker.Reply.class);
    assertThat(reply.outcome()).isEqualTo(outcome);
    assertThat(reply.outcome().written().get(0)).isInstanceOf(Path.class).isEqualTo(Path.of("/work/out/perf-report.json"));
  }

  @Test
  void onlyTheRunsOwnDataIsReadBack() throws IOException {
    RunObjects.Reader in = RunObjects.reader(new ByteArrayInputStream(written(List.of(Duration.ofSeconds(1)))));
    in.readInt();
    assertThatThrownBy(() -> in.value(List.class)).isInstanceOf(InvalidClassException.class)
        .hasMessageContaining("REJECTED");
  }

  private static byte[] written(Object value) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RunObjects.write(WorkerJob.PROTOCOL, value, out);
    return out.toByteArray();
  }
}
