package dev.perfscope.model;

import java.util.Objects;

/**
 * Which history the report reflects: the commit at {@code head} (abbreviated id), the window in days before
 * it, whether the history is {@code partial} (a shallow clone: older commits are missing), how many
 * {@code commits} the window holds (merges left out), and whether they are {@code sufficient} to rank files by
 * change; when not, {@code reason} says why, and there are no hotspots (see {@code docs/hotspots.md}). When the
 * repository is {@code damaged} (a missing object, a {@code .git} file pointing nowhere), history was not
 * read at all: no file has history, {@code reason} names the problem.
 */
public record HistoryInfo(String head, int days, boolean partial, int commits, boolean sufficient, String reason,
    boolean damaged) {
  /** What {@code head} says when the damage hides even the commit at HEAD. */
  public static final String UNKNOWN_HEAD = "unknown";

  public HistoryInfo {
    Objects.requireNonNull(head, "head");
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, got " + days);
    }
    if (commits < 0) {
      throw new IllegalArgumentException("commits must not be negative, got " + commits);
    }
    if (damaged && reason == null) {
      throw new IllegalArgumentException("damaged history needs a reason");
    }
    sufficient = reason == null; // a report from before these keys reads as sufficient
  }

  /** A window whose history is sufficient, or not for {@code reason}. */
  public static HistoryInfo of(String head, int days, boolean partial, int commits, String reason) {
    return new HistoryInfo(head, days, partial, commits, reason == null, reason, false);
  }

  /** A window whose history is sufficient. */
  public static HistoryInfo sufficient(String head, int days, boolean partial, int commits) {
    return new HistoryInfo(head, days, partial, commits, true, null, false);
  }

  /** History not read because the repository is damaged, as {@code problem} says; {@code head} may be null. */
  public static HistoryInfo damaged(String head, int days, String problem) {
    return new HistoryInfo(head == null ? UNKNOWN_HEAD : head, days, false, 0, false, problem, true);
  }
}
