package dev.perfscope.threshold;

import dev.perfscope.config.ConfigurationException;
import dev.perfscope.model.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The least severe finding that fails the build, or {@code NONE} to only report. */
public enum FailOn {
  CRITICAL,
  WARNING,
  NONE;

  public static FailOn parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed = Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT))
          .collect(Collectors.joining(", "));
      throw new ConfigurationException("failOn", value, "one of " + allowed);
    }
  }

  public boolean fails(Severity severity) {
    return switch (this) {
      case CRITICAL -> severity == Severity.CRITICAL;
      case WARNING -> true;
      case NONE -> false;
    };
  }
}
