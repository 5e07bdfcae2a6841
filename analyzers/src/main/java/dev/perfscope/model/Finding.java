package dev.perfscope.model;

import java.util.Objects;

/**
 * A metric past one of its thresholds. {@code function} and {@code line} locate the unit when the finding
 * is about one; for a file-level finding {@code function} is null and {@code line} is 1.
 */
public record Finding(
    String rule, Severity severity, String path, int line, String function, int value, int threshold, String message) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** How far past its threshold the value is; ranks findings of the same severity. */
  public double excess() {
    return threshold == 0 ? value : (double) value / threshold;
  }
}
