package dev.perfscope.config;

/**
 * The defaults of the settings that are not a rule's levels (those are {@code threshold.Rule.Defaults}),
 * written once, as text: a build tool's parameter declarations name them as their own defaults (annotation
 * values must be constants), and the core parses the same constants where it needs the values.
 */
public final class Defaults {
  /** {@code maxFileSize}: a larger file only gets its lines counted. */
  public static final String MAX_FILE_SIZE = "5MB";
  /** {@code parseTimeout}, in seconds. */
  public static final String PARSE_TIMEOUT = "10";
  /** {@code historyDays}. */
  public static final String HISTORY_DAYS = "365";
  /** {@code thresholdKinds}. */
  public static final String THRESHOLD_KINDS = "source";
  /** {@code fork}. */
  public static final String FORK = "auto";
  /** {@code failOn}. */
  public static final String FAIL_ON = "critical";
  /** {@code formats}. */
  public static final String FORMATS = "console,json,html,md";

  /** {@code duplicates}: whether code copied across files is looked for. */
  public static final String DUPLICATES = "true";
  /** {@code duplicates.minTokens}: a copy counts from this many tokens. */
  public static final String DUPLICATES_MIN_TOKENS = "120";
  /** {@code duplicates.minLines}: a copy counts from this many lines. */
  public static final String DUPLICATES_MIN_LINES = "12";

  private Defaults() {}
}
