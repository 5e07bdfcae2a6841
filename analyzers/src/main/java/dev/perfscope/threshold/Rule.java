package dev.perfscope.threshold;

import dev.perfscope.model.Counts;
import dev.perfscope.config.ConfigurationException;
import dev.perfscope.model.FunctionMetrics;
import java.util.Arrays;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * A metric that thresholds apply to. {@link #id()} is the name used everywhere: in findings, reports and
 * configuration (the settings {@code <id>.warning} and {@code <id>.critical}).
 */
public enum Rule {
  FILE_LINES("file-lines", "lines", null, Defaults.FILE_LINES_WARNING, Defaults.FILE_LINES_CRITICAL),
  FUNCTION_LINES("function-lines", "lines", FunctionMetrics::lines, Defaults.FUNCTION_LINES_WARNING,
      Defaults.FUNCTION_LINES_CRITICAL),
  CYCLOMATIC("cyclomatic", "cyclomatic complexity", FunctionMetrics::cyclomatic, Defaults.CYCLOMATIC_WARNING,
      Defaults.CYCLOMATIC_CRITICAL),
  COGNITIVE("cognitive", "cognitive complexity", FunctionMetrics::cognitive, Defaults.COGNITIVE_WARNING,
      Defaults.COGNITIVE_CRITICAL),
  PARAMETERS("parameters", "parameters", FunctionMetrics::params, Defaults.PARAMETERS_WARNING,
      Defaults.PARAMETERS_CRITICAL),
  NESTING("nesting", "nesting depth", FunctionMetrics::maxNesting, Defaults.NESTING_WARNING,
      Defaults.NESTING_CRITICAL);

  /**
   * Each rule's default levels, written once: as text, so that a build tool's parameter declarations can
   * name them as their own defaults (annotation values must be constants).
   */
  public static final class Defaults {
    public static final String FILE_LINES_WARNING = "500";
    public static final String FILE_LINES_CRITICAL = "1000";
    public static final String FUNCTION_LINES_WARNING = "75";
    public static final String FUNCTION_LINES_CRITICAL = "150";
    public static final String CYCLOMATIC_WARNING = "10";
    public static final String CYCLOMATIC_CRITICAL = "20";
    public static final String COGNITIVE_WARNING = "15";
    public static final String COGNITIVE_CRITICAL = "30";
    public static final String PARAMETERS_WARNING = "6";
    public static final String PARAMETERS_CRITICAL = "10";
    public static final String NESTING_WARNING = "4";
    public static final String NESTING_CRITICAL = "6";

    private Defaults() {}
  }

  private final String id;
  private final String label;
  private final ToIntFunction<FunctionMetrics> functionValue;
  private final Limit defaultLimit;

  Rule(String id, String label, ToIntFunction<FunctionMetrics> functionValue, String warning, String critical) {
    this.id = id;
    this.label = label;
    this.functionValue = functionValue;
    this.defaultLimit = new Limit(Integer.parseInt(warning), Integer.parseInt(critical));
  }

  /** The levels that hold where nothing is configured. */
  public Limit defaultLimit() {
    return defaultLimit;
  }

  public String id() {
    return id;
  }

  /** The rule with that id, or a configuration error naming {@code parameter} and listing the ids. */
  public static Rule fromId(String id, String parameter) {
    for (Rule rule : values()) {
      if (rule.id.equals(id)) {
        return rule;
      }
    }
    String ids = Arrays.stream(values()).map(Rule::id).collect(Collectors.joining(", "));
    throw new ConfigurationException(parameter, id, "a rule: one of " + ids);
  }

  /** How a message states a value: "1,213 lines", "1 line", "cyclomatic complexity 23". */
  public String phrase(int value) {
    return label.equals("lines") ? Counts.of(value, "line") : label + " " + Counts.number(value);
  }

  public boolean isAboutFunctions() {
    return functionValue != null;
  }

  public int valueOf(FunctionMetrics function) {
    return functionValue.applyAsInt(function);
  }
}
