package dev.perfscope.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfscope.cache.CacheFile;
import dev.perfscope.lang.Languages;
import dev.perfscope.report.JsonMapper;
import dev.perfscope.sources.SourceFile;
import dev.perfscope.sources.SourceReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The main class of a worker JVM ({@link ForkedMeasuring}): measures the files a job lists, as
 * {@link FileMeasurer} would in the build's JVM, and writes what it found. Usage: {@code MeasuringWorker JOB OUT}.
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

  /** Each file's measurement, by its path relative to the analysis root. */
  record Results(Map<String, FileMeasurer.Measured> files) {}

  private MeasuringWorker() {}

  public static void main(String[] args) {
    ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(2)));
    try {
      Job job = MAPPER.readValue(Path.of(args[0]).toFile(), Job.class);
      CacheFile.write(Path.of(args[1]), MAPPER, measure(job));
    } catch (Exception | Error e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  static Results measure(Job job) {
    FileMeasurer measurer = new FileMeasurer(Languages.standard(), new SourceReader(Charset.forName(job.encoding())),
        null, job.maxFileSize(), new ParseBudget(Duration.ofMillis(job.parseBudgetMillis())));
    List<FileMeasurer.Measured> measured = measurer.measureAll(job.files(), job.threads(), job.hashed());
    Map<String, FileMeasurer.Measured> byPath = new HashMap<>();
    for (int i = 0; i < measured.size(); i++) {
      byPath.put(job.files().get(i).relativePath(), measured.get(i));
    }
    return new Results(byPath);
  }
}
