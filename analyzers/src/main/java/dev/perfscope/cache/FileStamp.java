package dev.perfscope.cache;

import dev.perfscope.infra.ContentHash;
import java.io.IOException;
import java.io.Serializable;
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
public record FileStamp(long size, long modified, long hashedAt, String hash) implements Serializable {
  static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(5);

  /** The file's stamp, taking {@code previous}'s hash when the file is provably unchanged since. */
  public static FileStamp of(Path file, FileStamp previous) throws IOException {
    return of(file, previous, Long.MAX_VALUE);
  }

  /**
   * The file's stamp, taking {@code previous}'s hash when the file is provably unchanged since. A file over
   * {@code maxBytes} is not read at all (an analysis only counts its lines): its "hash" is its size and
   * modification time, which is all that tells its versions apart without reading it.
   */
  public static FileStamp of(Path file, FileStamp previous, long maxBytes) throws IOException {
    long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (previous != null && previous.provesUnchanged(attributes)) {
      return previous;
    }
    long size = attributes.size();
    long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    String hash = size > maxBytes ? unread(size, modified) : ContentHash.ofFile(file);
    return new FileStamp(size, modified, now, hash);
  }

  /** What stands for the hash of a file too large to read: never a SHA-256, so no cache entry answers to it. */
  static String unread(long size, long modified) {
    return "unread: " + size + " bytes, modified " + modified;
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
  public boolean matches(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.size() != size) {
      return false;
    }
    return attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) == modified || ContentHash.ofFile(file).equals(hash);
  }
}
