package dev.perfscope.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfscope.lang.Languages;
import dev.perfscope.report.JsonMapper;
import dev.perfscope.sources.SourceFile;
import dev.perfscope.sources.SourceReader;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The main class of a worker JVM ({@link ForkedMeasuring}): measures the files a job lists, as
 * {@link FileMeasurer} would in the build's JVM, and sends each file's measurement as soon as it has it, one
 * line of JSON per file on its standard output, so the build reads them while the worker goes on. Usage:
 * {@code MeasuringWorker JOB}. Anything else that writes to standard output goes to standard error instead.
 * It ends with the JVM that started it, and on leaving takes any parse still running past its budget with it.
 */
public final class MeasuringWorker {
  static final ObjectMapper MAPPER = JsonMapper.forCache();

  /**
   * What to measure and how: the files, the source encoding, the limits on each, how many at once, and
   * whether to hash each file's bytes (only a run with a cache needs the hashes).
   */
  record Job(List<SourceFile> files, String encoding, long maxFileSize, long parseBudgetMillis, int threads,
      boolean hashed) {}

  /** One file's measurement, by its path relative to the analysis root: a line of the worker's output. */
  record Result(String path, FileMeasurer.Measured measured) {}

  private MeasuringWorker() {}

  public static void main(String[] args) {
    ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(2)));
    OutputStream results = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024);
    System.setOut(System.err);
    try {
      measure(MAPPER.readValue(Path.of(args[0]).toFile(), Job.class), results);
      results.flush();
    } catch (Exception | Error e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  /** Measures the job's files, writing each one's {@link Result} line to {@code results} as it is settled. */
  static void measure(Job job, OutputStream results) {
    FileMeasurer measurer = new FileMeasurer(Languages.standard(), new SourceReader(Charset.forName(job.encoding())),
        null, job.maxFileSize(), new ParseBudget(Duration.ofMillis(job.parseBudgetMillis())));
    measurer.measureAll(job.files(), job.threads(), job.hashed(),
        (file, measured) -> send(results, new Result(file.relativePath(), measured)));
  }

  private static void send(OutputStream results, Result result) {
    try {
      byte[] line = MAPPER.writeValueAsBytes(result); // on the measuring thread: serializing runs in parallel
      synchronized (results) {
        results.write(line);
        results.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
