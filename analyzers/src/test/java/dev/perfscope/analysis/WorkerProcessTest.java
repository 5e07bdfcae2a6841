package dev.perfscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** A failed worker is reported by its cause, not by the first thing a library printed. */
class WorkerProcessTest {
  private static final String SLF4J = """
      SLF4J(W): No SLF4J providers were found.
      SLF4J(W): Defaulting to no-operation (NOP) logger implementation
      SLF4J(W): See https://www.slf4j.org/codes.html#noProviders for further details.
      """;

  @Test
  void aWorkerThatNamesItsCauseIsReportedByIt() throws IOException {
    String log = SLF4J + """
        java.lang.IllegalArgumentException
        \tat java.base/java.util.concurrent.ForkJoinPool.<init>(ForkJoinPool.java:2696)
        Perfscope worker failed: java.lang.IllegalArgumentException
        """;
    assertThat(failureIn(log)).isEqualTo("java.lang.IllegalArgumentException");
  }

  @Test
  void aWorkerThatDiedBeforeSayingWhyIsReportedByItsFirstLineButNeverByLibraryChatter() throws IOException {
    assertThat(failureIn(SLF4J + "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n"))
        .isEqualTo("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space");
    assertThat(failureIn("Unrecognized VM option 'NoSuchOption'\nError: Could not create the Java Virtual Machine.\n"))
        .isEqualTo("Unrecognized VM option 'NoSuchOption'");
    assertThat(failureIn(SLF4J)).isEqualTo("no output");
  }

  private static String failureIn(String log) throws IOException {
    try (WorkerProcess process = WorkerProcess.inTemporaryFolder("perfscope-test")) {
      Files.writeString(process.log(), log);
      return process.failure();
    }
  }
}
