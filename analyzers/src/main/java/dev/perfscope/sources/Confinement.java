package dev.perfscope.sources;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a walk that follows symbolic links inside the source roots: a path counts only if its real path is
 * under a root, and a file reached by two paths counts once, under its own path rather than a link's.
 * Without links followed every path the walk meets is inside already.
 */
final class Confinement {
  private final boolean followLinks;
  private final List<Path> realRoots = new ArrayList<>();

  Confinement(List<Path> roots, boolean followLinks) {
    this.followLinks = followLinks;
    for (Path root : roots) {
      try {
        realRoots.add(root.toRealPath());
      } catch (IOException e) {
        // a root that vanished holds nothing to confine
      }
    }
  }

  boolean entersFolder(Path folder) {
    return !followLinks || realPath(folder) != null;
  }

  boolean admitsFile(Path file) {
    return !followLinks || realPath(file) != null;
  }

  /** One entry per real file, in the given order; of several paths to it, the one that is not a link's. */
  List<SourceFile> onePerRealFile(Collection<SourceFile> files) {
    if (!followLinks) {
      return new ArrayList<>(files);
    }
    Map<Path, SourceFile> byReal = new LinkedHashMap<>();
    for (SourceFile file : files) {
      Path real = realPath(file.file());
      if (real == null) {
        continue; // gone since the walk met it
      }
      SourceFile kept = byReal.get(real);
      if (kept == null || file.file().toAbsolutePath().normalize().equals(real)) {
        byReal.put(real, file);
      }
    }
    return byReal.values().stream().sorted(Comparator.comparing(SourceFile::relativePath)).toList();
  }

  /** The real path when it is under a root, else null. */
  private Path realPath(Path path) {
    try {
      Path real = path.toRealPath();
      return realRoots.stream().anyMatch(real::startsWith) ? real : null;
    } catch (IOException e) {
      return null;
    }
  }
}
