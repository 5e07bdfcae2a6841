package dev.perfscope.infra;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see the old content or the new, never a half-written one: through a temporary
 * file beside it ({@code .<name>.<uuid>.tmp}), locked while it is written and moved over the target when
 * complete. A process killed while writing leaves its temporary file behind, unlocked: the next write in the
 * same folder, or {@link #removeLeftovers}, deletes it.
 */
public final class AtomicFiles {
  private static final Pattern TEMPORARY =
      Pattern.compile("\\..+\\.\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}\\.tmp");

  /**
   * The temporary files this JVM is writing: never opened by {@link #removeLeftovers}, since on POSIX systems
   * closing any channel to a file drops every lock this process holds on it.
   */
  private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

  private AtomicFiles() {}

  /** What writes the content; may throw, in which case the target is left untouched. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void write(Path target, Content content) throws IOException {
    Path directory = target.toAbsolutePath().normalize().getParent();
    Files.createDirectories(directory);
    removeLeftovers(directory);
    // Not createTempFile: its owner-only permissions would carry over to the report.
    Path temp = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    WRITING.add(temp);
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileLock writing = channel.lock()) {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel)) {
        @Override
        public void close() throws IOException {
          flush(); // the channel, and with it the lock, stays open until the file is in place
        }
      };
      content.writeTo(out);
      out.flush();
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
      WRITING.remove(temp);
    }
  }

  /**
   * Deletes the temporary files in {@code directory} that no one is writing: those a killed process left.
   * One still locked (by a writer in this JVM or another) stays. Failing to delete one costs nothing but space.
   */
  public static void removeLeftovers(Path directory) {
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (DirectoryStream<Path> temporary = Files.newDirectoryStream(directory,
        entry -> TEMPORARY.matcher(entry.getFileName().toString()).matches())) {
      for (Path entry : temporary) {
        Path temp = entry.toAbsolutePath().normalize();
        if (!WRITING.contains(temp) && abandoned(temp)) {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException e) {
      // the next run tries again
    }
  }

  /** Whether no one holds the lock of a temporary file: its writer ended without moving or deleting it. */
  private static boolean abandoned(Path temp) {
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      return lock != null;
    } catch (OverlappingFileLockException e) {
      return false; // a writer in this JVM holds it
    } catch (IOException e) {
      return false;
    }
  }
}
