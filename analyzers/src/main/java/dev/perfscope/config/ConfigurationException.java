package dev.perfscope.config;

import dev.perfscope.model.Printable;

/** A configuration value that cannot be used, with the parameter that holds it and what is allowed. */
public final class ConfigurationException extends IllegalArgumentException {
  private final String parameter;

  public ConfigurationException(String parameter, String value, String allowed) {
    super("Invalid value for " + parameter + ": '" + Printable.of(value) + "'. Allowed: " + allowed + ".");
    this.parameter = parameter;
  }

  /** With what is wrong with the value, when the value alone does not say: one line all the same. */
  public ConfigurationException(String parameter, String value, String problem, String allowed) {
    super("Invalid value for " + parameter + ": '" + Printable.of(value) + "': " + Printable.of(problem)
        + ". Allowed: " + allowed + ".");
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
