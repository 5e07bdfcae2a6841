package dev.perfscope.advice;

import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.ImpactFactors;
import dev.perfscope.model.Recommendation;
import dev.perfscope.model.Severity;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How a recommendation weighs: its priority, {@code high} when what it fixes is critical, {@code medium} when a
 * warning, {@code low} when it fixes no finding, one level higher for a {@link Hotspots hotspot}; and the
 * factors of its impact, which orders the list ({@link Impacts}).
 */
final class Priorities {
  private final Hotspots hotspots;
  private final Impacts impacts;

  Priorities(Hotspots hotspots, Impacts impacts) {
    this.hotspots = hotspots;
    this.impacts = impacts;
  }

  String of(String path, List<Finding> fixed) {
    Severity worst = fixed.stream().map(Finding::severity).max(Enum::compareTo).orElse(null);
    int rank = worst == null ? 2 : worst == Severity.CRITICAL ? 0 : 1;
    if (hotspots.isHotspot(path)) {
      rank = Math.max(0, rank - 1);
    }
    return Recommendation.PRIORITIES.get(rank);
  }

  /** The impact factors of fixing {@code fixed} in {@code file} by changing {@code lines} lines. */
  ImpactFactors impact(FileMetrics file, List<Finding> fixed, int lines) {
    return impacts.of(file, fixed, lines);
  }

  /** The impact factors of bringing the values of {@code findings} in {@code file} down to {@code after}. */
  ImpactFactors impactOfReducing(FileMetrics file, List<Finding> findings, ToDoubleFunction<Finding> after,
      int lines) {
    return impacts.ofReduced(file, findings, after, lines);
  }

  /** The priority of an action on several files that fixes no finding: one level up if any is a hotspot. */
  String ofAll(List<String> paths) {
    return of(paths.stream().filter(hotspots::isHotspot).findFirst().orElse(paths.get(0)), List.of());
  }

  ImpactFactors impactOfAll(List<FileMetrics> files, double excess, int lines) {
    return impacts.ofAll(files, excess, lines);
  }
}
