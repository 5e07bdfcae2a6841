package dev.perfscope.analysis;

import dev.perfscope.config.ConfigurationException;
import dev.perfscope.config.Defaults;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much one file may cost: above {@code maxFileSize} bytes a file only gets line counts, and a language
 * that takes longer than {@code parseBudget} on one file gives up on it (its lines are still counted).
 */
public record InputLimits(long maxFileSize, Duration parseBudget) {
  private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*(B|KB|K|MB|M|GB|G)?");

  public static final long DEFAULT_MAX_FILE_SIZE = size(Defaults.MAX_FILE_SIZE);
  public static final Duration DEFAULT_PARSE_BUDGET = Duration.ofSeconds(Integer.parseInt(Defaults.PARSE_TIMEOUT));
  public static final InputLimits DEFAULTS = new InputLimits(DEFAULT_MAX_FILE_SIZE, DEFAULT_PARSE_BUDGET);

  public InputLimits {
    if (maxFileSize < 1) {
      throw new ConfigurationException("maxFileSize", String.valueOf(maxFileSize), "a size of at least 1 byte");
    }
    if (parseBudget.isNegative() || parseBudget.isZero()) {
      throw new ConfigurationException("parseTimeout", String.valueOf(parseBudget.toSeconds()),
          "a whole number of seconds >= 1");
    }
  }

  /** A size such as {@code 5242880}, {@code 512KB} or {@code 5MB} (binary units, case-insensitive). */
  public static long size(String value) {
    Matcher m = SIZE.matcher(value.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new ConfigurationException("maxFileSize", value, "a byte count, or a number with KB, MB or GB");
    }
    String unit = m.group(2) == null ? "B" : m.group(2).substring(0, 1);
    int shift = "BKMG".indexOf(unit) * 10;
    long number = Long.parseLong(m.group(1));
    if (number > Long.MAX_VALUE >> shift) {
      throw new ConfigurationException("maxFileSize", value, "a size below 8 EB");
    }
    return number << shift;
  }
}
