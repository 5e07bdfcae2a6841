package dev.perfscope.model;

import java.util.Objects;

/**
 * Which history the report reflects: the commit at {@code head} (abbreviated id), the window in days before
 * it, and whether the history is {@code partial} (a shallow clone: older commits are missing).
 */
public record HistoryInfo(String head, int days, boolean partial) {
  public HistoryInfo {
    Objects.requireNonNull(head, "head");
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, got " + days);
    }
  }
}
