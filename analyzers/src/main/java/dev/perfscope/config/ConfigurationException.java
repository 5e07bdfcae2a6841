package dev.perfscope.config;

import dev.perfscope.model.Printable;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A configuration value that cannot be used, with the setting that holds it and what is allowed. Settings
 * are named neutrally ({@code since}, {@code cyclomatic.warning}); the caller says how its users know them
 * ({@link #message(UnaryOperator)}: the Maven plugin prefixes them with its property prefix). What is allowed may refer to
 * another setting as <code>${key}</code>, named the same way.
 */
public final class ConfigurationException extends IllegalArgumentException {
  private static final Pattern SETTING = Pattern.compile("\\$\\{([\\w.-]+)}");

  private final String setting;
  private final String value;
  private final String problem;
  private final String allowed;

  public ConfigurationException(String setting, String value, String allowed) {
    this(setting, value, null, allowed);
  }

  /** With what is wrong with the value, when the value alone does not say: one line all the same. */
  public ConfigurationException(String setting, String value, String problem, String allowed) {
    super(text(setting, value, problem, allowed, UnaryOperator.identity()));
    this.setting = setting;
    this.value = value;
    this.problem = problem;
    this.allowed = allowed;
  }

  /** The neutral name of the setting that holds the value. */
  public String setting() {
    return setting;
  }

  public String value() {
    return value;
  }

  /** What is wrong with the value; null when the value alone says it. */
  public String problem() {
    return problem;
  }

  public String allowed() {
    return allowed;
  }

  /** The one-line message, each setting named by {@code naming}. */
  public String message(UnaryOperator<String> naming) {
    return text(setting, value, problem, allowed, naming);
  }

  /** {@code text} with each <code>${key}</code> replaced by the setting's name as {@code naming} gives it. */
  private static String naming(String text, UnaryOperator<String> naming) {
    return SETTING.matcher(text).replaceAll(m -> Matcher.quoteReplacement(naming.apply(m.group(1))));
  }

  private static String text(String setting, String value, String problem, String allowed,
      UnaryOperator<String> naming) {
    String named = naming(allowed, naming);
    return "Invalid value for " + naming.apply(setting) + ": '" + Printable.of(value) + "'"
        + (problem == null ? "" : ": " + Printable.of(problem)) + ". Allowed: " + named + ".";
  }
}
