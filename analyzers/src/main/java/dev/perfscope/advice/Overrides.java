package dev.perfscope.advice;

import dev.perfscope.model.FileMetrics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which methods of each class its subclasses override, anywhere in the analyzed files (tests too: a test's
 * anonymous subclass relies on the hook it overrides as much as production code does). By the names the
 * subclasses declare ({@link dev.perfscope.model.Subclass}), keyed by the qualified name of the class they extend.
 */
final class Overrides {
  static final Overrides NONE = new Overrides(Map.of());

  private final Map<String, Set<String>> byType;

  private Overrides(Map<String, Set<String>> byType) {
    this.byType = byType;
  }

  static Overrides of(List<FileMetrics> files) {
    Map<String, Set<String>> byType = new HashMap<>();
    for (FileMetrics file : files) {
      file.structure().subclasses().forEach(subclass -> byType
          .computeIfAbsent(subclass.supertype(), k -> new HashSet<>()).addAll(subclass.methods()));
    }
    return byType.isEmpty() ? NONE : new Overrides(byType);
  }

  /**
   * The names of the methods that subclasses override of the type {@code owner} of {@code file}: its top-level
   * class ({@code HashedMap}) or a nested one ({@code HashedMap.EntrySet}), qualified by the file's package.
   */
  Set<String> of(FileMetrics file, String owner) {
    List<String> declares = file.structure().declares();
    if (byType.isEmpty() || declares.isEmpty()) {
      return Set.of();
    }
    String first = declares.get(0);
    int dot = first.lastIndexOf('.');
    return byType.getOrDefault((dot < 0 ? "" : first.substring(0, dot + 1)) + owner, Set.of());
  }
}
