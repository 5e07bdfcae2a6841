package dev.perfscope.model;

import java.util.List;

/**
 * The health score, 0 to 100, defined in {@code docs/health-score.md}: penalty points from the findings,
 * weighed against a budget that grows with the number of files. 100 means no finding at all.
 */
public record Health(int score, double points) {
  /** A warning costs this much; a critical finding at least {@link #CRITICAL_POINTS}. */
  static final double WARNING_POINTS = 1;
  static final double CRITICAL_POINTS = 3;
  /** The most a critical finding adds for how far past its level it is. */
  static final double EXCESS_POINTS = 2;

  public Health {
    if (score < 0 || score > 100 || points < 0) {
      throw new IllegalArgumentException("score must be 0..100 and points >= 0: " + score + ", " + points);
    }
  }

  /**
   * The health of these files with these findings; the budget counts source files only, so documentation and
   * data, never held to thresholds by default, do not dilute the score.
   */
  public static Health of(List<FileMetrics> files, List<Finding> findings) {
    return of((int) files.stream().filter(f -> f.kind() == FileKind.SOURCE).count(), findings);
  }

  /** The health of {@code files} files with these findings. */
  public static Health of(int files, List<Finding> findings) {
    double points = findings.stream().mapToDouble(Health::points).sum();
    double budget = 10 + files / 2.0;
    int score = (int) Math.floor(100 * StrictMath.exp(-points / budget));
    return new Health(points > 0 ? Math.min(score, 99) : 100, points);
  }

  /** What one finding costs: 1 for a warning, 3 to 5 for a critical one, growing with its excess. */
  public static double points(Finding finding) {
    if (finding.severity() == Severity.WARNING) {
      return WARNING_POINTS;
    }
    double past = Math.max(0, finding.value() - finding.threshold()) / (double) Math.max(1, finding.threshold());
    return CRITICAL_POINTS + Math.min(EXCESS_POINTS, EXCESS_POINTS * past);
  }
}
