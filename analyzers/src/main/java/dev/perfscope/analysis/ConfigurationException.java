package dev.perfscope.analysis;

/** A configuration value that cannot be used, with the parameter that holds it and what is allowed. */
public final class ConfigurationException extends IllegalArgumentException {
  private final String parameter;

  public ConfigurationException(String parameter, String value, String allowed) {
    super("Invalid value for " + parameter + ": '" + value + "'. Allowed: " + allowed + ".");
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
