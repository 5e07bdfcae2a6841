package dev.perfscope.history;

import java.util.Collection;
import java.util.Locale;

/**
 * Whether a window's history can rank files by how often they change (see {@code docs/hotspots.md}). It
 * cannot when fewer than {@value #MIN_COMMITS} commits changed the analyzed files, or when none of them
 * changed more than once: after a squashed import, or a history of one sweep each, a file's churn is only its
 * size, and ranking by it would repeat the largest files as hotspots.
 */
final class HistoryVerdict {
  static final int MIN_COMMITS = 5;

  private HistoryVerdict() {}

  /** Why the history is insufficient, or null when it is sufficient. */
  static String reason(int commits, Collection<FileChanges> changes) {
    if (commits < MIN_COMMITS) {
      return String.format(Locale.ROOT, "only %d %s changed the analyzed files in the window; at least %d are "
          + "needed to tell often-changed files from the rest", commits, commits == 1 ? "commit" : "commits",
          MIN_COMMITS);
    }
    if (changes.stream().allMatch(c -> c.touches().size() <= 1)) {
      return String.format(Locale.ROOT, "no analyzed file changed in more than one of the window's %,d commits: "
          + "churn would only repeat each file's size", commits);
    }
    return null;
  }
}
