package dev.perfscope.model;

import java.util.Objects;

/**
 * A metric past one of its thresholds. {@code function} and {@code line} locate the unit when the finding
 * is about one; for a file-level finding {@code function} is null and {@code line} is 1. {@code baseline}
 * says how it compares with the baseline ({@code new}, {@code worse}, {@code unchanged}, {@code improved}),
 * or is null when there is no baseline.
 */
public record Finding(
    String rule, Severity severity, String path, int line, String function, int value, int threshold, String message,
    String baseline) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  public Finding withBaseline(String state) {
    return new Finding(rule, severity, path, line, function, value, threshold, message, state);
  }

  /** Whether this finding is about the whole file rather than one unit. */
  public boolean fileLevel() {
    return function == null;
  }

  /** How far past its threshold the value is; ranks findings of the same severity. */
  public double excess() {
    return threshold == 0 ? value : (double) value / threshold;
  }
}
