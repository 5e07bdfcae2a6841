package dev.perfscope.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.perfscope.sources.SourceFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Measures files in a worker JVM ({@link MeasuringWorker}, started as {@link WorkerJvm} says): writes the
 * job, starts the JVM, reads each file's measurement as the worker sends it, and waits for its end. A worker
 * that fails costs only its time: it is reported, and the caller measures in its own JVM whatever did not
 * come back.
 */
final class ForkedMeasuring {
  private final WorkerJvm jvm;
  private final ForkMode mode;
  private final Consumer<String> info;
  private final Consumer<String> warning;

  ForkedMeasuring(WorkerJvm jvm, ForkMode mode, Consumer<String> info, Consumer<String> warning) {
    this.jvm = jvm;
    this.mode = mode;
    this.info = info;
    this.warning = warning;
  }

  /** Whether these files, all to be parsed, are worth a worker. */
  boolean worthIt(List<SourceFile> files) {
    return mode.forks(files.stream().mapToLong(ForkedMeasuring::size).sum());
  }

  /**
   * The measurements the worker sent back, by path, read as it sends them; none when it failed (said as a
   * warning).
   */
  Map<String, FileMeasurer.Measured> measure(MeasuringWorker.Job job) {
    try (WorkerProcess process = WorkerProcess.inTemporaryFolder("perfscope-worker")) {
      MeasuringWorker.MAPPER.writeValue(process.job().toFile(), job);
      long start = System.nanoTime();
      Process worker = process.start(jvm, MeasuringWorker.class);
      Map<String, FileMeasurer.Measured> measured = readResults(worker);
      if (measured == null) {
        worker.destroyForcibly(); // it broke off: what it would still send is not worth waiting for
      }
      int exit = WorkerProcess.waitFor(worker);
      if (exit != 0 || measured == null) {
        warning.accept("The worker JVM measuring " + job.files().size() + " files failed (exit " + exit + "): "
            + process.firstLogLine() + ". They are measured in the build's JVM instead.");
        return Map.of();
      }
      info.accept(String.format(Locale.ROOT, "Measured %,d files in a worker JVM (perf.fork=%s, %s) in %.1f s.",
          measured.size(), mode.name().toLowerCase(Locale.ROOT), String.join(" ", WorkerJvm.TUNING),
          (System.nanoTime() - start) / 1e9));
      return measured;
    } catch (IOException | UncheckedIOException e) {
      warning.accept("Cannot start a worker JVM (" + e.getMessage() + "); measuring in the build's JVM instead.");
      return Map.of();
    }
  }

  /** Every result line up to the worker's end; null when a line is not one (the worker broke off). */
  private static Map<String, FileMeasurer.Measured> readResults(Process worker) throws IOException {
    ObjectReader results = MeasuringWorker.MAPPER.readerFor(MeasuringWorker.Result.class);
    Map<String, FileMeasurer.Measured> measured = new HashMap<>();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8), 64 * 1024)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        MeasuringWorker.Result result = results.readValue(line);
        measured.put(result.path(), result.measured());
      }
    } catch (JsonProcessingException e) {
      return null;
    }
    return measured;
  }

  private static long size(SourceFile file) {
    try {
      return Files.size(file.file());
    } catch (IOException e) {
      return 0;
    }
  }
}
