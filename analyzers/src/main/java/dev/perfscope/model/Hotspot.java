package dev.perfscope.model;

import java.util.List;
import java.util.Objects;

/**
 * A file that is both complex and often changed (see {@code docs/hotspots.md}): its {@code score} in
 * [0, 1], the {@code churn} and {@code complexity} it was computed from, and how it grew ({@code trend},
 * oldest first; empty when not sampled).
 */
public record Hotspot(String path, double score, int churn, int complexity, List<TrendPoint> trend) {

  public Hotspot {
    Objects.requireNonNull(path, "path");
    if (score < 0 || score > 1 || churn < 0 || complexity < 0) {
      throw new IllegalArgumentException(path + ": hotspot values out of range");
    }
    trend = trend == null ? List.of() : List.copyOf(trend);
  }

  public Hotspot withTrend(List<TrendPoint> points) {
    return new Hotspot(path, score, churn, complexity, points);
  }
}
