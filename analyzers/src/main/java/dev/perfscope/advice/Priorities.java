package dev.perfscope.advice;

import dev.perfscope.model.Finding;
import dev.perfscope.model.Recommendation;
import dev.perfscope.model.Severity;
import java.util.List;

/**
 * A recommendation's priority: {@code high} when what it fixes is critical, {@code medium} when a warning,
 * {@code low} when it fixes no finding; one level higher for a {@link Hotspots hotspot}.
 */
final class Priorities {
  private final Hotspots hotspots;

  Priorities(Hotspots hotspots) {
    this.hotspots = hotspots;
  }

  String of(String path, List<Finding> fixed) {
    Severity worst = fixed.stream().map(Finding::severity).max(Enum::compareTo).orElse(null);
    int rank = worst == null ? 2 : worst == Severity.CRITICAL ? 0 : 1;
    if (hotspots.isHotspot(path)) {
      rank = Math.max(0, rank - 1);
    }
    return Recommendation.PRIORITIES.get(rank);
  }
}
