package dev.perfscope.duplicates;

import dev.perfscope.config.ConfigurationException;
import dev.perfscope.config.Defaults;

/**
 * Whether duplicated code is looked for (the setting {@code duplicates}), and how large a copy must be to
 * count: at least {@code minTokens} tokens ({@code duplicates.minTokens}) over at least {@code minLines} lines
 * ({@code duplicates.minLines}). The defaults were tuned by hand on java.base and the CPython standard
 * library (see {@code docs/recommendations.md}).
 */
public record DuplicateSettings(boolean enabled, int minTokens, int minLines) {
  public static final int DEFAULT_MIN_TOKENS = Integer.parseInt(Defaults.DUPLICATES_MIN_TOKENS);
  public static final int DEFAULT_MIN_LINES = Integer.parseInt(Defaults.DUPLICATES_MIN_LINES);
  /** Below this a window of tokens matches everywhere: a call with its arguments is 20 tokens. */
  public static final int LEAST_TOKENS = 30;
  public static final DuplicateSettings DEFAULTS = new DuplicateSettings(Boolean.parseBoolean(Defaults.DUPLICATES), DEFAULT_MIN_TOKENS, DEFAULT_MIN_LINES);
  public static final DuplicateSettings OFF = new DuplicateSettings(false, DEFAULT_MIN_TOKENS, DEFAULT_MIN_LINES);

  public DuplicateSettings {
    if (minTokens < LEAST_TOKENS || minTokens > 100_000) {
      throw new ConfigurationException("duplicates.minTokens", String.valueOf(minTokens),
          "a whole number of tokens from " + LEAST_TOKENS + " to 100000");
    }
    if (minLines < 1 || minLines > 100_000) {
      throw new ConfigurationException("duplicates.minLines", String.valueOf(minLines),
          "a whole number of lines from 1 to 100000");
    }
  }
}
