package dev.perfscope.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lists the regular files under the source roots that the filter keeps, each once (roots may nest), in a
 * stable order: sorted by their path relative to the analysis root.
 */
public final class SourceWalker {
  private final Path root;
  private final PathFilter filter;

  public SourceWalker(Path root, List<String> includes, List<String> excludes) {
    this.root = root.toAbsolutePath().normalize();
    this.filter = new PathFilter(includes, excludes);
  }

  public List<SourceFile> walk(List<Path> sourceRoots) {
    TreeMap<String, SourceFile> found = new TreeMap<>();
    for (Path sourceRoot : sourceRoots) {
      Path start = root.resolve(sourceRoot).normalize();
      if (Files.isDirectory(start)) {
        walkOne(start, found);
      }
    }
    return new ArrayList<>(found.values());
  }

  private void walkOne(Path start, TreeMap<String, SourceFile> found) {
    try {
      Files.walkFileTree(start, Set.of(), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return filter.entersFolder(dir, dir.equals(start)) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String relative = relativize(file);
          if (attrs.isRegularFile() && filter.keepsFile(relative)) {
            found.putIfAbsent(relative, new SourceFile(file, relative));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE; // unreadable entries are skipped; reading reports real files
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
