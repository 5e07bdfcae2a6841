package dev.perfscope.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A worker JVM's process and its temporary folder: the job it reads and the log its standard error goes to.
 * Its standard output is left to the caller, who reads what the worker sends; closing removes the folder.
 */
public final class WorkerProcess implements AutoCloseable {
  private final Path folder;

  private WorkerProcess(Path folder) {
    this.folder = folder;
  }

  public static WorkerProcess inTemporaryFolder(String prefix) throws IOException {
    return new WorkerProcess(Files.createTempDirectory(prefix));
  }

  /** Where the job goes: the one argument the worker gets. */
  public Path job() {
    return folder.resolve("job.json");
  }

  /** Starts {@code main} on {@code jvm} with the job. */
  public Process start(WorkerJvm jvm, Class<?> main) throws IOException {
    return new ProcessBuilder(jvm.command(main, job().toString())).redirectError(log().toFile()).start();
  }

  /** The worker's exit code once it has ended; it is killed if this thread is interrupted meanwhile. */
  public static int waitFor(Process worker) {
    try {
      return worker.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    } finally {
      worker.destroyForcibly();
    }
  }

  /** What went wrong first: a JVM's complaint about an option, or the exception a stack trace starts with. */
  public String firstLogLine() {
    try {
      return Files.readAllLines(log(), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).findFirst()
          .map(String::strip).orElse("no output");
    } catch (IOException e) {
      return "no output";
    }
  }

  private Path log() {
    return folder.resolve("worker.log");
  }

  @Override
  public void close() {
    try (var entries = Files.list(folder)) {
      for (Path entry : entries.toList()) {
        Files.deleteIfExists(entry);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // a leftover temporary folder costs nothing but space
    }
  }
}
