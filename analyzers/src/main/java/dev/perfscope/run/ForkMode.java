package dev.perfscope.run;

import dev.perfscope.config.ConfigurationException;
import java.util.Locale;

/**
 * Whether the work is done in a JVM of its own (the setting {@code fork}): {@code auto} when there is enough to parse
 * to repay starting one, {@code always}, or {@code never} (in the build's JVM). {@code perf:analyze} hands the
 * whole run to it ({@code run.ForkedRun}), as {@code perf:baseline} does.
 */
enum ForkMode {
  AUTO, ALWAYS, NEVER;

  /**
   * Below this much source to parse, {@code auto} stays in the build's JVM: {@code bench/fork.sh} found a
   * worker no faster on 0.07 to 0.35 MB of java.base and faster from 1.3 MB on (docs/performance.md).
   */
  public static final long AUTO_MIN_BYTES = 1024L * 1024;

  /** Whether a run that would parse {@code bytesToParse} bytes of source forks a worker JVM. */
  public boolean forks(long bytesToParse) {
    return switch (this) {
      case NEVER -> false;
      case ALWAYS -> bytesToParse > 0;
      case AUTO -> bytesToParse >= AUTO_MIN_BYTES;
    };
  }

  public static ForkMode parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("fork", value, "auto, always or never");
    }
  }
}
