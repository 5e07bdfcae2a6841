package dev.perfscope.model;

import java.util.Objects;

/** A file measured at one past commit: the commit (abbreviated id), its date, the file's lines and complexity. */
public record TrendPoint(String commit, String date, int lines, int complexity) {
  public TrendPoint {
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(date, "date");
    if (lines < 0 || complexity < 0) {
      throw new IllegalArgumentException(commit + ": trend values out of range");
    }
  }
}
