package dev.perfscope.sources;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Set;

/**
 * Decides which folders the walk enters and which files it keeps. Globs match paths relative to the
 * analysis root with forward slashes; a leading {@code **}{@code /} also matches at the top level, as in Ant.
 */
final class PathFilter {
  private static final Set<String> SKIPPED_FOLDERS =
      Set.of("node_modules", "__pycache__", "generated-sources", "generated-test-sources");

  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;

  PathFilter(List<String> includes, List<String> excludes) {
    this.includes = includes.stream().map(PathFilter::glob).toList();
    this.excludes = excludes.stream().map(PathFilter::glob).toList();
  }

  private static PathMatcher glob(String pattern) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    if (!pattern.startsWith("**/")) {
      return matcher;
    }
    PathMatcher topLevel = FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3));
    return path -> matcher.matches(path) || topLevel.matches(path);
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
    Path path = Path.of(relativePath);
    boolean included = includes.isEmpty() || includes.stream().anyMatch(m -> m.matches(path));
    return included && excludes.stream().noneMatch(m -> m.matches(path));
  }
}
