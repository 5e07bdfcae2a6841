package dev.perfscope.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A worker JVM's process and its temporary folder: the job it reads and the log its standard error goes to.
 * Its standard output is left to the caller, who reads what the worker sends; closing removes the folder.
 * The folder holds a file locked for as long as it is in use: a build killed with its worker leaves its folder
 * unlocked, and the next worker's start removes it.
 */
final class WorkerProcess implements AutoCloseable {
  /** What a worker's last line of standard error starts with when it failed: then the cause follows. */
  public static final String FAILURE = "Perfscope worker failed: ";

  private static final String IN_USE = "in-use";
  /** The folders this JVM uses: never opened by another start here (closing a channel drops our lock). */
  private static final Set<Path> OURS = ConcurrentHashMap.newKeySet();

  private final Path folder;
  private final FileChannel inUse;

  private WorkerProcess(Path folder, FileChannel inUse) {
    this.folder = folder;
    this.inUse = inUse;
  }

  /** A fresh folder named {@code prefix...} in the temporary folder, once those killed builds left are removed. */
  public static WorkerProcess inTemporaryFolder(String prefix) throws IOException {
    removeLeftovers(prefix);
    Path folder = Files.createTempDirectory(prefix).toAbsolutePath();
    OURS.add(folder);
    FileChannel inUse = FileChannel.open(folder.resolve(IN_USE), StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    inUse.lock();
    return new WorkerProcess(folder, inUse);
  }

  /** Removes the folders named {@code prefix...} in the temporary folder whose in-use file no process holds. */
  public static void removeLeftovers(String prefix) {
    Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(temporary, prefix + "*")) {
      for (Path folder : folders) {
        Path inUse = folder.resolve(IN_USE);
        if (!OURS.contains(folder.toAbsolutePath()) && Files.isRegularFile(inUse) && unlocked(inUse)) {
          delete(folder);
        }
      }
    } catch (IOException e) {
      // a leftover temporary folder costs nothing but space
    }
  }

  private static boolean unlocked(Path file) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      return lock != null;
    } catch (IOException | OverlappingFileLockException e) {
      return false;
    }
  }

  /** Where the job goes: the one argument the worker gets. */
  public Path job() {
    return folder.resolve("job");
  }

  /** Starts {@code main} on {@code jvm} with the job. */
  public Process start(WorkerJvm jvm, Class<?> main) throws IOException {
    return new ProcessBuilder(jvm.command(main, job().toString())).redirectError(log().toFile()).start();
  }

  /**
   * The worker's exit code once it has ended, its reply read: closing its standard input lets it end at once
   * ({@link ParentWatch}). It is killed if this thread is interrupted meanwhile.
   */
  public static int waitFor(Process worker) {
    try {
      worker.getOutputStream().close();
    } catch (IOException e) {
      // it ends on its own all the same, only later
    }
    try {
      return worker.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    } finally {
      worker.destroyForcibly();
    }
  }

  /**
   * Why the worker failed: the cause it named ({@link #FAILURE}), else what went wrong first, such as a JVM's
   * complaint about an option; never a library's chatter (SLF4J says it has no logger before anything else).
   */
  public String failure() {
    List<String> lines;
    try {
      lines = Files.readAllLines(log(), StandardCharsets.UTF_8).stream().map(String::strip)
          .filter(l -> !l.isEmpty()).toList();
    } catch (IOException | UncheckedIOException e) {
      return "no output";
    }
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).startsWith(FAILURE)) {
        return lines.get(i).substring(FAILURE.length());
      }
    }
    return lines.stream().filter(l -> !l.startsWith("SLF4J")).findFirst().orElse("no output");
  }

  Path log() {
    return folder.resolve("worker.log");
  }

  @Override
  public void close() {
    try {
      inUse.close();
    } catch (IOException e) {
      // released all the same when this JVM ends
    }
    delete(folder);
    OURS.remove(folder);
  }

  private static void delete(Path folder) {
    try (var entries = Files.list(folder)) {
      for (Path entry : entries.toList()) {
        Files.deleteIfExists(entry);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // a leftover temporary folder costs nothing but space
    }
  }
}
