package dev.perfscope.model;

import java.util.List;
import java.util.Objects;

/**
 * A refactoring a team can act on: how urgent ({@code high}, {@code medium}, {@code low}), where, what kind
 * ({@code split-file}, {@code split-class}, {@code extract-function}, {@code parameter-object}), a title, why,
 * the plan, and what the code would look like after it ({@code expected}).
 */
public record Recommendation(
    String priority, String path, String kind, String title, String rationale, Plan plan, String expected) {
  public static final List<String> PRIORITIES = List.of("high", "medium", "low");
  public static final List<String> KINDS = List.of("split-file", "split-class", "extract-function", "parameter-object");

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
  }

  /** 0 for {@code high}, 2 for {@code low}: sorts the most urgent first. */
  public int rank() {
    return PRIORITIES.indexOf(priority);
  }
}
