package dev.perfscope.analysis;

import java.util.Locale;

/**
 * Whether files are measured in a JVM of their own ({@code perf.fork}): {@code auto} when there is enough to
 * measure to repay starting one, {@code always}, or {@code never} (in the build's JVM).
 */
public enum ForkMode {
  AUTO, ALWAYS, NEVER;

  public static ForkMode parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("perf.fork", value, "auto, always or never");
    }
  }
}
