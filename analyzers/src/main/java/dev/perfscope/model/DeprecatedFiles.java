package dev.perfscope.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files whose code is all to be removed: a file whose structure says so ({@link Structure#deprecated}), and
 * every Python module of a package whose {@code __init__.py} says so ({@code distutils}, {@code lib2to3}).
 * Maintainers remove such code rather than refactor it: it gets no advice, what to fix first puts its findings
 * last, and the reports say so.
 */
public final class DeprecatedFiles {
  private static final String PACKAGE_FILE = "__init__.py";

  private final Set<String> files = new HashSet<>();
  /** The folders (with their trailing slash; empty for the root) of the deprecated packages. */
  private final Set<String> packages = new HashSet<>();

  private DeprecatedFiles(List<FileMetrics> measured) {
    for (FileMetrics file : measured) {
      if (file.structure().deprecated()) {
        files.add(file.path());
        if (file.path().equals(PACKAGE_FILE) || file.path().endsWith("/" + PACKAGE_FILE)) {
          packages.add(file.path().substring(0, file.path().length() - PACKAGE_FILE.length()));
        }
      }
    }
  }

  public static DeprecatedFiles of(List<FileMetrics> measured) {
    return new DeprecatedFiles(measured);
  }

  /** Whether the file at {@code path} is deprecated, by itself or as a module of a deprecated package. */
  public boolean contains(String path) {
    if (files.contains(path)) {
      return true;
    }
    if (!path.endsWith(".py") || packages.isEmpty()) {
      return false;
    }
    for (int slash = path.lastIndexOf('/'); slash >= 0; slash = path.lastIndexOf('/', slash - 1)) {
      if (packages.contains(path.substring(0, slash + 1))) {
        return true;
      }
    }
    return packages.contains("");
  }
}
