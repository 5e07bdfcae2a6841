package dev.perfscope.model;

/**
 * What a recommendation's impact is computed from (see {@code docs/recommendations.md}, "What to do first"):
 * {@code excess}, the sum over the findings it fixes of value divided by the rule's warning level; the
 * {@code lines} it touches; the {@code commits} that changed its file in the history window (0 without
 * history, or when the history is too short to count); and {@code fanIn}, how many other analyzed files
 * depend on its file.
 */
public record ImpactFactors(double excess, int lines, int commits, int fanIn) {
  public static final ImpactFactors NONE = new ImpactFactors(0, 0, 0, 0);

  public ImpactFactors {
    if (excess < 0 || lines < 0 || commits < 0 || fanIn < 0) {
      throw new IllegalArgumentException("impact factors out of range: " + excess + ", " + lines + ", " + commits
          + ", " + fanIn);
    }
  }

  /**
   * excess x log2(1 + lines) x (1 + log10(1 + commits)) x (1 + log10(1 + fanIn)), to one decimal: how far past
   * the thresholds, weighed by how much code it touches (each doubling adds one), how often that code changes
   * and how much depends on it (each tenfold adds one: a file used everywhere must not outweigh a function
   * ten times past its limits).
   */
  public double score() {
    double score = excess * (Math.log(1 + lines) / Math.log(2)) * (1 + Math.log10(1 + commits))
        * (1 + Math.log10(1 + fanIn));
    return Math.round(score * 10) / 10.0;
  }
}
