package dev.perfscope.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A file's content hash with the size and modification time it had when hashed, and when that was: while
 * size and time stay the same, the hash stands and the file need not be read again. Hashing is most of a run
 * with nothing changed, because SHA-256 runs slowly until the JIT has compiled it. As in git's index, a
 * file modified less than {@link #RACY_NANOS} before it was hashed is hashed again on the next run: a
 * second change within one tick of a coarse file-system clock would leave size and time as they were.
 */
public record FileStamp(long size, long modified, long hashedAt, String hash) {
  static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(5);

  /** The file's stamp, taking {@code previous}'s hash when the file is provably unchanged since. */
  public static FileStamp of(Path file, FileStamp previous) throws IOException {
    long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (previous != null && previous.provesUnchanged(attributes)) {
      return previous;
    }
    return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), now,
        ContentHash.ofFile(file));
  }

  /**
   * The stamp's hash if the file provably still has that content (same size and time, not racy), without
   * reading it; null otherwise.
   */
  public String hashIfUnchanged(Path file) {
    try {
      return provesUnchanged(Files.readAttributes(file, BasicFileAttributes.class)) ? hash : null;
    } catch (IOException e) {
      return null;
    }
  }

  private boolean provesUnchanged(BasicFileAttributes attributes) {
    long time = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    return attributes.size() == size && time == modified && modified < hashedAt - RACY_NANOS;
  }

  /** Whether the file still has the size and time of this stamp, or else the same content. */
  boolean matches(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.size() != size) {
      return false;
    }
    return attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) == modified || ContentHash.ofFile(file).equals(hash);
  }
}
