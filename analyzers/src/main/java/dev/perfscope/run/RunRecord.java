package dev.perfscope.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfscope.cache.FileStamp;
import dev.perfscope.infra.AtomicFiles;
import dev.perfscope.infra.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the last run of a goal did, so that a run with the same inputs can repeat it instead of redoing it:
 * the key of its inputs (null: a run that must not be repeated, such as one where a file timed out), the lines it logged, the reports it wrote and the reasons its gate failed (none: it
 * passed), and the stamps of the sources it read, so that the next run hashes only the files that changed
 * ({@link FileStamp}). A record that cannot be read, or whose reports were changed or removed since, is not
 * used.
 */
record RunRecord(String key, List<String> log, Map<String, FileStamp> reports, List<String> failures,
    Map<String, FileStamp> sources) {
  private static final ObjectMapper MAPPER = JsonMapper.create();

  public RunRecord {
    log = List.copyOf(log);
    reports = new TreeMap<>(reports);
    failures = List.copyOf(failures);
    sources = sources == null ? Map.of() : new TreeMap<>(sources);
  }

  /** The record in {@code file}, whatever its key: its source stamps serve the next fingerprint. */
  public static Optional<RunRecord> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.readValue(file.toFile(), RunRecord.class));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable or from another build: run again
    }
  }

  /** Whether this record was made by a run with these inputs ({@code key}; null: none). */
  public boolean madeFor(String key) {
    return key != null && key.equals(this.key);
  }

  /** Stamps {@code written} (report files in {@code directory}), by name. */
  public static Map<String, FileStamp> stamps(Path directory, List<Path> written) throws IOException {
    Map<String, FileStamp> stamps = new TreeMap<>();
    for (Path report : written) {
      stamps.put(directory.relativize(report).toString(), FileStamp.of(report, null));
    }
    return stamps;
  }

  /**
   * Whether every report is still in {@code directory} as this run wrote it: same size and time, or same
   * content. Reports are ours, written just before the record, so their stamps need no racy-time margin.
   */
  public boolean reportsIntact(Path directory) {
    try {
      for (Map.Entry<String, FileStamp> report : reports.entrySet()) {
        Path file = directory.resolve(report.getKey());
        if (!Files.isRegularFile(file) || !report.getValue().matches(file)) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The same record with these source stamps. */
  public RunRecord withSources(Map<String, FileStamp> stamps) {
    return new RunRecord(key, log, reports, failures, stamps);
  }

  public void write(Path file) throws IOException {
    AtomicFiles.write(file, out -> MAPPER.writeValue(out, this));
  }
}
