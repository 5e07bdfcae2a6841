package dev.perfscope.model;

import java.util.List;
import java.util.Objects;

/**
 * A refactoring a team can act on: how severe what it fixes is ({@code high}, {@code medium}, {@code low}),
 * where, what kind ({@code split-file}, {@code split-class}, {@code extract-function}, {@code parameter-object},
 * {@code extract-shared}),
 * a title, why, the plan, and what the code would look like after it ({@code expected}); its {@code impact}
 * (the expected gain of acting, {@link ImpactFactors#score()}), its {@code rank} in the list of what to do
 * first (1 is first; 0 until ranked) and the {@code impactFactors} the impact comes from.
 */
public record Recommendation(
    String priority, String path, String kind, String title, String rationale, Plan plan, String expected,
    double impact, int rank, ImpactFactors impactFactors) {
  public static final List<String> PRIORITIES = List.of("high", "medium", "low");
  public static final List<String> KINDS = List.of("split-file", "split-class", "extract-function", "parameter-object",
      "extract-shared");

  public Recommendation {
    if (!PRIORITIES.contains(priority)) {
      throw new IllegalArgumentException("priority must be one of " + PRIORITIES + ": " + priority);
    }
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("kind must be one of " + KINDS + ": " + kind);
    }
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(expected, "expected");
    impactFactors = impactFactors == null ? ImpactFactors.NONE : impactFactors; // absent from older reports
  }

  /** This recommendation with the impact {@code factors} give. */
  public Recommendation withImpact(ImpactFactors factors) {
    return new Recommendation(priority, path, kind, title, rationale, plan, expected, factors.score(), rank, factors);
  }

  /** This recommendation at {@code position} (1 first) in the list of what to do first. */
  public Recommendation withRank(int position) {
    return new Recommendation(priority, path, kind, title, rationale, plan, expected, impact, position,
        impactFactors);
  }
}
