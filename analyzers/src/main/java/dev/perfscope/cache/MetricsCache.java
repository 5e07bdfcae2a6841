package dev.perfscope.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.infra.JsonMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * File metrics remembered between runs, keyed by path and content hash, valid only for the fingerprint they
 * were made with (tool build and configuration). A cache that cannot be read, or was made by another
 * fingerprint, is ignored and rebuilt, never trusted. Only the entries used by a run are saved.
 */
public final class MetricsCache {
  private static final ObjectMapper MAPPER = JsonMapper.forCache();

  private final Path file;
  private final String fingerprint;
  private final Map<String, Entry> previous;
  private final Map<String, Entry> current = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();

  /** One file's metrics and the hash of the bytes they were taken from. */
  record Entry(String hash, FileMetrics metrics) {}

  /** The stored form. */
  record Stored(String fingerprint, Map<String, Entry> files) {}

  private MetricsCache(Path file, String fingerprint, Map<String, Entry> previous) {
    this.file = file;
    this.fingerprint = fingerprint;
    this.previous = previous;
  }

  public static MetricsCache load(Path file, String fingerprint) {
    return new MetricsCache(file, fingerprint, readValid(file, fingerprint));
  }

  /** The entries of the file; none when it is corrupt or from an incompatible build: start afresh. */
  private static Map<String, Entry> readValid(Path file, String fingerprint) {
    return CacheFile.read(file, MAPPER, Stored.class)
        .filter(stored -> fingerprint.equals(stored.fingerprint()) && stored.files() != null)
        .map(Stored::files)
        .orElse(Map.of());
  }

  /** The metrics remembered for this path and content, if any; a hit is kept for the next run. */
  public Optional<FileMetrics> get(String path, String hash) {
    Entry entry = previous.get(path);
    if (entry == null || !entry.hash().equals(hash) || entry.metrics() == null) {
      return Optional.empty();
    }
    current.put(path, entry);
    hits.incrementAndGet();
    return Optional.of(entry.metrics());
  }

  public void put(String path, String hash, FileMetrics metrics) {
    current.put(path, new Entry(hash, metrics));
  }

  /** How many files this run took from the cache. */
  public int hits() {
    return hits.get();
  }

  /** Writes the entries of this run; a cache that cannot be written only costs the next run time. */
  public void save() {
    CacheFile.write(file, MAPPER, new Stored(fingerprint, new TreeMap<>(current)));
  }
}
