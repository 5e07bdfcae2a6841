package dev.perfscope.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** A build killed with its worker leaves the worker's folder (job and log); the next worker's start removes it. */
  @Test
  void aFolderAKilledBuildLeftIsRemovedAndOneInUseStays() throws IOException {
    String prefix = "perfscope-sweep-" + ProcessHandle.current().pid() + "-";
    Path left = Files.createTempDirectory(prefix);
    Files.writeString(left.resolve("in-use"), "");
    Files.writeString(left.resolve("job"), "{}");
    Path unmarked = Files.createTempDirectory(prefix); // not a worker's folder as far as we can tell
    try (WorkerProcess running = WorkerProcess.inTemporaryFolder(prefix)) {
      assertThat(left).doesNotExist();
      assertThat(unmarked).exists();
      Path runningFolder = running.job().getParent();
      try (WorkerProcess next = WorkerProcess.inTemporaryFolder(prefix)) {
        assertThat(runningFolder).exists();
        assertThat(next.job().getParent()).exists();
      }
    } finally {
      Files.deleteIfExists(unmarked);
    }
  }

  private static String failureIn(String log) throws IOException {
    try (WorkerProcess process = WorkerProcess.inTemporaryFolder("perfscope-test")) {
      Files.writeString(process.log(), log);
      return process.failure();
    }
  }
}
