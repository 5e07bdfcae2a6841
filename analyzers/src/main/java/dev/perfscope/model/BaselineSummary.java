package dev.perfscope.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How the findings compare with the baseline: how many are new, worse or unchanged, and which improved or
 * disappeared (a sign the baseline can be refreshed to lock the gain in).
 */
public record BaselineSummary(
    String file, int newFindings, int unchanged, List<Change> worse, List<Change> improved, List<Change> resolved) {

  /** A baselined finding whose value changed ({@code now} is null when the finding disappeared). */
  public record Change(String rule, String path, String function, int was, Integer now) {}

  public BaselineSummary {
    worse = List.copyOf(worse);
    improved = List.copyOf(improved);
    resolved = List.copyOf(resolved);
  }

  /** The baselined value of a finding that got worse. */
  public OptionalInt wasBefore(Finding finding) {
    return worse.stream()
        .filter(c -> c.rule().equals(finding.rule()) && c.path().equals(finding.path())
            && Objects.equals(c.function(), finding.function()) && c.now() == finding.value())
        .mapToInt(Change::was).findFirst();
  }

  public boolean canBeTightened() {
    return !improved.isEmpty() || !resolved.isEmpty();
  }
}
