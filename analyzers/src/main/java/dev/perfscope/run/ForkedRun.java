package dev.perfscope.run;

import dev.perfscope.analysis.ForkMode;
import dev.perfscope.analysis.WorkerJvm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A whole run in a worker JVM ({@link RunWorker}, started as {@link WorkerJvm} says): the build's JVM then
 * only starts it and logs what it sends back, instead of compiling and running the analysis, the advice and
 * the reports itself (on java.base a third of a cold run's cpu went to that, docs/performance.md). A worker
 * that fails costs only its time: it is reported, and the caller runs the job in its own JVM.
 */
public final class ForkedRun {
  private final WorkerJvm jvm;
  private final ForkMode mode;
  private final Consumer<String> info;
  private final Consumer<String> warning;

  public ForkedRun(WorkerJvm jvm, ForkMode mode, Consumer<String> info, Consumer<String> warning) {
    this.jvm = jvm;
    this.mode = mode;
    this.info = info;
    this.warning = warning;
  }

  /**
   * The outcome the worker sent back; empty when it failed (said as a warning). A run that stopped on an
   * error it reported throws it here as a {@link RunFailedException}.
   */
  public Optional<RunOutcome> run(RunJob job) {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("perfscope-run");
      Path jobFile = folder.resolve("job.json");
      Path output = folder.resolve("worker.log");
      RunJson.MAPPER.writeValue(jobFile.toFile(), job);
      long start = System.nanoTime();
      Process worker = new ProcessBuilder(jvm.command(RunWorker.class, jobFile.toString()))
          .redirectError(output.toFile()).start();
      RunWorker.Reply reply = read(worker);
      int exit = waitFor(worker);
      if (exit != 0 || reply == null) {
        warning.accept("The worker JVM running the analysis failed (exit " + exit + "): " + firstLine(output)
            + ". It runs in the build's JVM instead.");
        return Optional.empty();
      }
      if (reply.error() != null) {
        throw new RunFailedException(reply.error());
      }
      info.accept(String.format(Locale.ROOT, "Analyzed in a worker JVM (perf.fork=%s, %s) in %.1f s.",
          mode.name().toLowerCase(Locale.ROOT), String.join(" ", WorkerJvm.TUNING),
          (System.nanoTime() - start) / 1e9));
      return Optional.of(reply.outcome());
    } catch (IOException | UncheckedIOException e) {
      warning.accept("Cannot start a worker JVM (" + e.getMessage() + "); the analysis runs in the build's JVM.");
      return Optional.empty();
    } finally {
      deleteQuietly(folder);
    }
  }

  /** The worker's one line, or null when it sent none that reads as a reply. */
  private static RunWorker.Reply read(Process worker) {
    try (InputStream in = worker.getInputStream()) {
      byte[] sent = in.readAllBytes();
      return sent.length == 0 ? null : RunJson.MAPPER.readValue(sent, RunWorker.Reply.class);
    } catch (IOException e) {
      return null;
    }
  }

  private static int waitFor(Process worker) {
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
  private static String firstLine(Path output) {
    try {
      return Files.readAllLines(output, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).findFirst()
          .map(String::strip).orElse("no output");
    } catch (IOException e) {
      return "no output";
    }
  }

  private static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
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
