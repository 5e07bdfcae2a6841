package dev.perfscope.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfscope.report.AtomicFiles;
import dev.perfscope.report.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the last run of a goal did, so that a run with the same inputs can repeat it instead of redoing it:
 * the key of its inputs, the lines it logged, the reports it wrote (file name to content hash) and the
 * reasons its gate failed (none: it passed). A record that cannot be read, or whose reports were changed or
 * removed since, is not used.
 */
public record RunRecord(String key, List<String> log, Map<String, String> reports, List<String> failures) {
  private static final ObjectMapper MAPPER = JsonMapper.create();

  public RunRecord {
    log = List.copyOf(log);
    reports = new TreeMap<>(reports);
    failures = List.copyOf(failures);
  }

  /** The record in {@code file}, if it can be read and was made for {@code key}. */
  public static Optional<RunRecord> read(Path file, String key) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      RunRecord stored = MAPPER.readValue(file.toFile(), RunRecord.class);
      return Optional.of(stored).filter(r -> key.equals(r.key()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable or from another build: run again
    }
  }

  /** Records {@code written} (report files in {@code directory}) by the hash of their content. */
  public static Map<String, String> hashes(Path directory, List<Path> written) throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    for (Path report : written) {
      hashes.put(directory.relativize(report).toString(), ContentHash.ofFile(report));
    }
    return hashes;
  }

  /** Whether every report is still in {@code directory} as this run wrote it. */
  public boolean reportsIntact(Path directory) {
    try {
      for (Map.Entry<String, String> report : reports.entrySet()) {
        Path file = directory.resolve(report.getKey());
        if (!Files.isRegularFile(file) || !ContentHash.ofFile(file).equals(report.getValue())) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  public void write(Path file) throws IOException {
    AtomicFiles.write(file, out -> MAPPER.writeValue(out, this));
  }
}
