package dev.perfscope.sources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Decides which folders the walk enters and which files it keeps (includes and excludes are {@link Glob}s).
 */
final class PathFilter {
  private static final Set<String> SKIPPED_FOLDERS =
      Set.of("node_modules", "__pycache__", "generated-sources", "generated-test-sources");

  private final List<Glob> includes;
  private final List<Glob> excludes;

  PathFilter(List<String> includes, List<String> excludes) {
    this.includes = includes.stream().map(pattern -> Glob.of(pattern, "perf.includes")).toList();
    this.excludes = excludes.stream().map(pattern -> Glob.of(pattern, "perf.excludes")).toList();
  }

  /**
   * Folders skipped by default: hidden ones ({@code .git}, {@code .venv}), {@code node_modules}, Python
   * virtual environments (they hold {@code pyvenv.cfg}), generated sources, and a Maven build folder
   * ({@code target} beside a {@code pom.xml}).
   */
  boolean entersFolder(Path folder, boolean isRoot) {
    if (isRoot) {
      return true;
    }
    String name = folder.getFileName().toString();
    if (name.startsWith(".") || SKIPPED_FOLDERS.contains(name)) {
      return false;
    }
    if (name.equals("target") && Files.isRegularFile(folder.resolveSibling("pom.xml"))) {
      return false;
    }
    return !Files.isRegularFile(folder.resolve("pyvenv.cfg"));
  }

  boolean keepsFile(String relativePath) {
    boolean included = includes.isEmpty() || includes.stream().anyMatch(glob -> glob.test(relativePath));
    return included && excludes.stream().noneMatch(glob -> glob.test(relativePath));
  }
}
