package dev.perfscope.sources;

import java.nio.file.Path;

/** Which paths a version control system leaves out (git's ignore rules); the walk neither enters nor lists them. */
@FunctionalInterface
public interface Ignores {
  Ignores NONE = (path, folder) -> false;

  /** Whether the file or folder at {@code path} (absolute) is ignored. */
  boolean ignores(Path path, boolean folder);

  /**
   * The rules for a walk that starts at {@code start}: these, or none when the start itself is ignored (a
   * project checked out in an ignored folder of another repository is analyzed as asked).
   */
  default Ignores below(Path start) {
    return this;
  }
}
