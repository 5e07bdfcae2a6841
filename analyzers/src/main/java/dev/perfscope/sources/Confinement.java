package dev.perfscope.sources;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a walk that follows symbolic links inside the source roots: a path counts only if its real path is
 * under a root, and a file reached through two links counts once. Without links followed every path the
 * walk meets is inside already. Not thread-safe: one per walk.
 */
final class Confinement {
  private final boolean followLinks;
  private final List<Path> realRoots = new ArrayList<>();
  private final Set<Path> seenFiles = new HashSet<>();

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
    if (!followLinks) {
      return true;
    }
    Path real = realPath(file);
    return real != null && seenFiles.add(real);
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
