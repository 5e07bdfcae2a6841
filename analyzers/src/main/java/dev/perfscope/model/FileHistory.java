package dev.perfscope.model;

import java.util.Objects;

/**
 * What git says about one file within the history window: the commits that changed it, their distinct
 * authors, the lines they added and removed, and the author dates (ISO-8601, UTC) of the first and last one.
 */
public record FileHistory(
    int commits, int authors, int linesAdded, int linesRemoved, String firstCommit, String lastCommit) {

  public FileHistory {
    if (commits < 1 || authors < 1 || authors > commits || linesAdded < 0 || linesRemoved < 0) {
      throw new IllegalArgumentException("history counts out of range: " + commits + " commits, " + authors
          + " authors, +" + linesAdded + " -" + linesRemoved);
    }
    Objects.requireNonNull(firstCommit, "firstCommit");
    Objects.requireNonNull(lastCommit, "lastCommit");
  }

  /** Lines added plus lines removed: how much the file moved. */
  public int churn() {
    return linesAdded + linesRemoved;
  }
}
