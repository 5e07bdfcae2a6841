package dev.perfscope.threshold;

import dev.perfscope.config.ConfigurationException;
import dev.perfscope.model.Severity;
import java.util.Optional;

/** A rule's two levels: a value above {@code warning} is a warning, above {@code critical} it is critical. */
public record Limit(int warning, int critical) {

  /** Validates the two levels, naming the settings they came from when they are wrong. */
  public static Limit of(Rule rule, int warning, int critical) {
    String prefix = rule.id();
    if (warning < 0) {
      throw new ConfigurationException(prefix + ".warning", String.valueOf(warning), "a whole number >= 0");
    }
    if (critical < warning) {
      throw new ConfigurationException(prefix + ".critical", String.valueOf(critical),
          "a whole number >= ${" + prefix + ".warning} (" + warning + ")");
    }
    return new Limit(warning, critical);
  }

  /** The severity of {@code value}, if it is past a level. */
  public Optional<Severity> classify(int value) {
    if (value > critical) {
      return Optional.of(Severity.CRITICAL);
    }
    return value > warning ? Optional.of(Severity.WARNING) : Optional.empty();
  }

  public int levelFor(Severity severity) {
    return severity == Severity.CRITICAL ? critical : warning;
  }
}
