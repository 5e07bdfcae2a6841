package dev.perfscope.history;

import dev.perfscope.config.Defaults;

/**
 * What to read from git: file history within the last {@code days} days before HEAD's commit when
 * {@code enabled}, and in pull-request mode ({@code since} not null) only the files changed since the merge
 * base with that ref.
 */
public record HistorySettings(boolean enabled, int days, String since) {
  public static final int DEFAULT_DAYS = Integer.parseInt(Defaults.HISTORY_DAYS);

  /** No history and no pull-request mode. */
  public static final HistorySettings OFF = new HistorySettings(false, DEFAULT_DAYS, null);

  public HistorySettings {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, got " + days);
    }
    since = since == null || since.isBlank() ? null : since.trim();
  }
}
