package dev.perfscope.duplicates;

import dev.perfscope.config.ConfigurationException;

/**
 * Whether duplicated code is looked for ({@code perf.duplicates}), and how large a copy must be to count: at
 * least {@code minTokens} tokens ({@code perf.duplicates.minTokens}) over at least {@code minLines} lines
 * ({@code perf.duplicates.minLines}). The defaults were tuned by hand on java.base and the CPython standard
 * library (see {@code docs/recommendations.md}).
 */
public record DuplicateSettings(boolean enabled, int minTokens, int minLines) {
  public static final int DEFAULT_MIN_TOKENS = 120;
  public static final int DEFAULT_MIN_LINES = 12;
  /** Below this a window of tokens matches everywhere: a call with its arguments is 20 tokens. */
  public static final int LEAST_TOKENS = 30;
  public static final DuplicateSettings DEFAULTS = new DuplicateSettings(true, DEFAULT_MIN_TOKENS, DEFAULT_MIN_LINES);
  public static final DuplicateSettings OFF = new DuplicateSettings(false, DEFAULT_MIN_TOKENS, DEFAULT_MIN_LINES);

  public DuplicateSettings {
    if (minTokens < LEAST_TOKENS || minTokens > 100_000) {
      throw new ConfigurationException("perf.duplicates.minTokens", String.valueOf(minTokens),
          "a whole number of tokens from " + LEAST_TOKENS + " to 100000");
    }
    if (minLines < 1 || minLines > 100_000) {
      throw new ConfigurationException("perf.duplicates.minLines", String.valueOf(minLines),
          "a whole number of lines from 1 to 100000");
    }
  }
}
