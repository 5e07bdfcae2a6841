package dev.perfscope.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A worker JVM's process and its temporary folder: the job it reads and the log its standard error goes to.
 * Its standard output is left to the caller, who reads what the worker sends; closing removes the folder.
 */
public final class WorkerProcess implements AutoCloseable {
  /** What a worker's last line of standard error starts with when it failed: then the cause follows. */
  public static final String FAILURE = "Perfscope worker failed: ";

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

  /**
   * Why the worker failed: the cause it named ({@link #FAILURE}), else what went wrong first, such as a JVM's
   * complaint about an option; never a library's chatter (SLF4J says it has no logger before anything else).
   */
  public String failure() {
    List<String> lines;
    try {
      lines = Files.readAllLines(log(), StandardCharsets.UTF_8).stream().map(String::strip)
          .filter(l -> !l.isEmpty()).toList();
    } catch (IOException | UncheckedIOException e) {
      return "no output";
    }
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).startsWith(FAILURE)) {
        return lines.get(i).substring(FAILURE.length());
      }
    }
    return lines.stream().filter(l -> !l.startsWith("SLF4J")).findFirst().orElse("no output");
  }

  Path log() {
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
