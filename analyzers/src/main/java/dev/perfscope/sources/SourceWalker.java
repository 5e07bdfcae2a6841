package dev.perfscope.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lists the regular files under the source roots that the filter keeps, each once (roots may nest), in a
 * stable order: sorted by their path relative to the analysis root. Symbolic links are skipped unless
 * {@code followLinks}; then a link is followed only when its target stays under a source root, a loop is
 * walked once and a file reached by two paths is listed once.
 */
public final class SourceWalker {
  private final Path root;
  private final PathFilter filter;
  private final boolean followLinks;

  public SourceWalker(Path root, List<String> includes, List<String> excludes, boolean followLinks) {
    this.root = root.toAbsolutePath().normalize();
    this.filter = new PathFilter(includes, excludes);
    this.followLinks = followLinks;
  }

  /** A walker that does not follow symbolic links. */
  public SourceWalker(Path root, List<String> includes, List<String> excludes) {
    this(root, includes, excludes, false);
  }

  public List<SourceFile> walk(List<Path> sourceRoots) {
    TreeMap<String, SourceFile> found = new TreeMap<>();
    List<Path> starts = sourceRoots.stream().map(r -> root.resolve(r).normalize()).filter(Files::isDirectory).toList();
    Confinement confinement = new Confinement(starts, followLinks);
    for (Path start : starts) {
      walkOne(start, found, confinement);
    }
    return confinement.onePerRealFile(found.values());
  }

  private void walkOne(Path start, TreeMap<String, SourceFile> found, Confinement confinement) {
    Set<FileVisitOption> options = followLinks ? Set.of(FileVisitOption.FOLLOW_LINKS) : Set.of();
    try {
      Files.walkFileTree(start, options, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          boolean enters = filter.entersFolder(dir, dir.equals(start)) && confinement.entersFolder(dir);
          return enters ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String relative = relativize(file);
          if (attrs.isRegularFile() && filter.keepsFile(relative) && confinement.admitsFile(file)) {
            found.putIfAbsent(relative, new SourceFile(file, relative));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          // Unreadable entries and link loops (FileSystemLoopException) are skipped; reading reports real files.
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot walk " + start, e);
    }
  }

  /** Relative to the root, also for a source root outside it ({@code ../shared/src/A.java}). */
  private String relativize(Path file) {
    return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
