package dev.perfscope.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfscope.cache.CacheFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Each commit's changes remembered between runs, so that a run diffs only the commits it has not seen. A
 * commit id names its content, so its changes never change; they depend only on this build of the tool and on
 * what is diffed (the fingerprint). A cache that cannot be read, or was made with another fingerprint, is
 * ignored and rebuilt, never trusted. Only the commits of the last walk are saved, so it holds one window.
 */
final class HistoryCache {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The stored form: per commit id, its changes. */
  record Stored(String fingerprint, Map<String, List<StoredChange>> commits) {}

  private final Path file; // null: remember nothing
  private final String fingerprint;
  private final Map<String, List<StoredChange>> previous;
  private final Map<String, List<StoredChange>> current = new HashMap<>();
  private boolean changed;

  private HistoryCache(Path file, String fingerprint, Map<String, List<StoredChange>> previous) {
    this.file = file;
    this.fingerprint = fingerprint;
    this.previous = previous;
  }

  /** The cache in {@code file} if it was made with {@code fingerprint}; a null file keeps nothing. */
  static HistoryCache load(Path file, String fingerprint) {
    return new HistoryCache(file, fingerprint, file == null ? Map.of() : readValid(file, fingerprint));
  }

  /** The commits of the file; none when it is corrupt or from another build: diff afresh. */
  private static Map<String, List<StoredChange>> readValid(Path file, String fingerprint) {
    return CacheFile.read(file, MAPPER, Stored.class)
        .filter(stored -> fingerprint.equals(stored.fingerprint()) && stored.commits() != null)
        .map(Stored::commits)
        .orElse(Map.of());
  }

  /** The commit's changes as an earlier run found them; null when unknown or unreadable. */
  List<Change> get(ObjectId commit) {
    List<StoredChange> stored = previous.get(commit.name());
    try {
      return stored == null ? null : stored.stream().map(StoredChange::toChange).toList();
    } catch (RuntimeException e) {
      return null; // a damaged entry: diff this commit again
    }
  }

  /** Keeps the commit's changes for the next run. */
  void put(ObjectId commit, List<Change> changes) {
    if (file != null) {
      List<StoredChange> stored = changes.stream().map(StoredChange::of).toList();
      changed |= !stored.equals(previous.get(commit.name()));
      current.put(commit.name(), stored);
    }
  }

  /**
   * Writes the commits of this run when it learnt something new (a run that did not is not worth the write;
   * the commits that left the window since are dropped at the next write). A cache that cannot be written
   * only costs the next run time.
   */
  void save() {
    if (file != null && changed) {
      CacheFile.write(file, MAPPER, new Stored(fingerprint, new TreeMap<>(current)));
    }
  }
}
