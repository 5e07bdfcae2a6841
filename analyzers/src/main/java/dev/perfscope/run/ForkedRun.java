package dev.perfscope.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A whole run in a worker JVM ({@link RunWorker}, started as {@link WorkerJvm} says): the build's JVM then
 * only starts it and logs what it sends back, instead of compiling and running the analysis, the advice and
 * the reports itself (on java.base a third of a cold run's cpu went to that, docs/performance.md). A worker
 * that fails costs only its time: it is reported, and the caller runs the job in its own JVM. The worker gets
 * the files the build's JVM walked and never walks them again; it opens git once itself, for each file's
 * history ({@link WorkerJob}).
 */
final class ForkedRun {
  private static final String FOLDER_PREFIX = "perfscope-run";
  private final WorkerJvm jvm;
  private final ForkMode mode;
  private final Consumer<String> info;
  private final Consumer<String> warning;
  private final UnaryOperator<String> naming;

  /** A worker on {@code jvm}; its log lines go to {@code info} and {@code warning}, naming settings by {@code naming}. */
  ForkedRun(WorkerJvm jvm, ForkMode mode, Consumer<String> info, Consumer<String> warning,
      UnaryOperator<String> naming) {
    this.jvm = jvm;
    this.mode = mode;
    this.info = info;
    this.warning = warning;
    this.naming = naming;
  }

  /**
   * The outcome the worker sent back; empty when it failed (said as a warning). A run that stopped on an
   * error it reported throws it here as a {@link RunFailedException}, or as the {@code ConfigurationException}
   * it was.
   */
  Optional<Reported> run(Job job) {
    try (WorkerProcess process = WorkerProcess.inTemporaryFolder(FOLDER_PREFIX)) {
      WorkerJob.of(job).write(process.job());
      long start = System.nanoTime();
      Process worker = process.start(jvm, RunWorker.class);
      RunWorker.Reply reply = read(worker);
      int exit = WorkerProcess.waitFor(worker);
      if (exit != 0 || reply == null) {
        warning.accept("The worker JVM running the analysis failed (exit " + exit + "): " + process.failure()
            + ". It runs in the build's JVM instead.");
        return Optional.empty();
      }
      if (reply.invalid() != null) {
        throw reply.invalid().exception();
      }
      if (reply.error() != null) {
        throw new RunFailedException(reply.error());
      }
      info.accept(String.format(Locale.ROOT, "Analyzed in a worker JVM (%s=%s, %s) in %.1f s.",
          naming.apply("fork"), mode.name().toLowerCase(Locale.ROOT), String.join(" ", WorkerJvm.TUNING),
          (System.nanoTime() - start) / 1e9));
      return Optional.of(reply.outcome());
    } catch (IOException | UncheckedIOException e) {
      warning.accept("Cannot start a worker JVM (" + e.getMessage() + "); the analysis runs in the build's JVM.");
      return Optional.empty();
    }
  }

  /** Removes the temporary folders of workers whose build was killed, as a worker's start does. */
  static void removeLeftovers() {
    WorkerProcess.removeLeftovers(FOLDER_PREFIX);
  }

  /** The worker's reply, or null when it sent none that reads as one of this build. */
  private static RunWorker.Reply read(Process worker) {
    try (RunObjects.Reader in = RunObjects.reader(worker.getInputStream())) {
      return in.readInt() == WorkerJob.PROTOCOL ? in.value(RunWorker.Reply.class) : null;
    } catch (IOException e) {
      return null;
    }
  }
}
