package dev.perfscope.sources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which folders the walk enters and which files it keeps: the default rules below, the folders the
 * request names, and the include and exclude {@link Glob}s (docs/usage.md lists the defaults).
 */
final class PathFilter {
  /**
   * Folders never entered, wherever they are: installed dependencies, caches, generated sources, and the
   * packages Python projects copy in ({@code _vendor}: pip's, setuptools', which upstream maintains).
   */
  private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "bower_components", "__pycache__",
      "site-packages", "generated-sources", "generated-test-sources", "_vendor");

  /** Build output and vendored dependencies, skipped beside the file of the tool that writes them. */
  private static final Map<String, List<String>> SKIPPED_BESIDE = Map.of(
      "target", List.of("pom.xml"),
      "build", List.of("pyproject.toml", "setup.py", "setup.cfg", "build.gradle", "build.gradle.kts"),
      "dist", List.of("pyproject.toml", "setup.py", "setup.cfg", "package.json"),
      "vendor", List.of("go.mod", "composer.json"));

  /** Minified files: one machine-written line, not code anyone maintains. */
  private static final List<String> MINIFIED = List.of(".min.js", ".min.mjs", ".min.css");

  private final List<Glob> includes;
  private final List<Glob> excludes;
  private final Set<Path> neverEntered;

  PathFilter(List<String> includes, List<String> excludes, Set<Path> neverEntered) {
    this.includes = includes.stream().map(pattern -> Glob.of(pattern, "includes")).toList();
    this.excludes = excludes.stream().map(pattern -> Glob.of(pattern, "excludes")).toList();
    this.neverEntered = Set.copyOf(neverEntered);
  }

  /**
   * Folders skipped by default: the ones the request names, hidden ones ({@code .git}, {@code .venv},
   * {@code .tox}), {@link #SKIPPED_FOLDERS}, Python virtual environments (they hold {@code pyvenv.cfg}), and
   * {@link #SKIPPED_BESIDE build output} such as {@code target} beside a {@code pom.xml}.
   */
  boolean entersFolder(Path folder, boolean isRoot) {
    if (neverEntered.contains(folder)) {
      return false;
    }
    if (isRoot) {
      return true;
    }
    String name = folder.getFileName().toString();
    if (name.startsWith(".") || SKIPPED_FOLDERS.contains(name)) {
      return false;
    }
    List<String> writers = SKIPPED_BESIDE.get(name);
    if (writers != null && writers.stream().anyMatch(writer -> Files.isRegularFile(folder.resolveSibling(writer)))) {
      return false;
    }
    return !Files.isRegularFile(folder.resolve("pyvenv.cfg"));
  }

  /**
   * Files the default rules leave out: minified ones, the temporary files Perfscope writes its reports
   * through ({@code .perf-report.json.<id>.tmp}), and the {@code .git} file of a linked work tree or submodule
   * (git's, as the {@code .git} folder is).
   */
  boolean skipsByDefault(String relativePath) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    return MINIFIED.stream().anyMatch(name::endsWith) || (name.startsWith(".perf-") && name.endsWith(".tmp"))
        || name.equals(".git");
  }

  /**
   * Whether the include globs select the file (all do when there are none): a glob matches the path relative
   * to the source root that holds the file, as in PMD and Checkstyle, or the path relative to the analysis root.
   */
  boolean included(String relativePath, String inSourceRoot) {
    return includes.isEmpty() || matchesAny(includes, relativePath, inSourceRoot);
  }

  /** Whether an exclude glob matches the file, on the same two paths as {@link #included}. */
  boolean excluded(String relativePath, String inSourceRoot) {
    return !excludes.isEmpty() && matchesAny(excludes, relativePath, inSourceRoot);
  }

  boolean hasGlobs() {
    return !includes.isEmpty() || !excludes.isEmpty();
  }

  List<Glob> includes() {
    return includes;
  }

  List<Glob> excludes() {
    return excludes;
  }

  private static boolean matchesAny(List<Glob> globs, String relativePath, String inSourceRoot) {
    boolean same = relativePath.equals(inSourceRoot); // the source root is the analysis root: one path to try
    for (Glob glob : globs) {
      if (glob.test(inSourceRoot) || !same && glob.test(relativePath)) {
        return true;
      }
    }
    return false;
  }
}
