package dev.perfscope.history;

import dev.perfscope.model.FileKind;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Hotspot;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks files by hotspot score, as {@code docs/hotspots.md} defines it: churn divided by the largest churn,
 * times complexity divided by the largest complexity measured the same way; best first, ties by path.
 */
final class Hotspots {
  private final int limit;

  Hotspots(int limit) {
    this.limit = limit;
  }

  /**
   * The top hotspots among source files with history; files without churn or complexity, documentation and
   * data are not hotspots.
   */
  List<Hotspot> rank(List<FileMetrics> files) {
    List<FileMetrics> changed = files.stream()
        .filter(f -> f.history() != null && f.kind() == FileKind.SOURCE).toList();
    int maxChurn = changed.stream().mapToInt(f -> f.history().churn()).max().orElse(0);
    Map<Complexity, Integer> maxComplexity = new EnumMap<>(Complexity.class);
    for (FileMetrics file : changed) {
      maxComplexity.merge(Complexity.measureOf(file), Complexity.of(file), Math::max);
    }
    return changed.stream()
        .map(f -> score(f, maxChurn, maxComplexity.get(Complexity.measureOf(f))))
        .filter(h -> h.score() > 0)
        .sorted(Comparator.comparingDouble(Hotspot::score).reversed().thenComparing(Hotspot::path))
        .limit(limit)
        .toList();
  }

  private static Hotspot score(FileMetrics file, int maxChurn, int maxComplexity) {
    int churn = file.history().churn();
    int complexity = Complexity.of(file);
    double score = maxChurn == 0 || maxComplexity == 0
        ? 0
        : ((double) churn / maxChurn) * ((double) complexity / maxComplexity);
    return new Hotspot(file.path(), Math.round(score * 10_000) / 10_000.0, churn, complexity, List.of());
  }
}
