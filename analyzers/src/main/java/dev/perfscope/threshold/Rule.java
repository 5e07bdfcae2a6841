package dev.perfscope.threshold;

import dev.perfscope.model.Counts;
import dev.perfscope.config.ConfigurationException;
import dev.perfscope.model.FunctionMetrics;
import java.util.Arrays;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * A metric that thresholds apply to. {@link #id()} is the name used everywhere: in findings, reports and
 * configuration ({@code perf.<id>.warning}).
 */
public enum Rule {
  FILE_LINES("file-lines", "lines", null),
  FUNCTION_LINES("function-lines", "lines", FunctionMetrics::lines),
  CYCLOMATIC("cyclomatic", "cyclomatic complexity", FunctionMetrics::cyclomatic),
  COGNITIVE("cognitive", "cognitive complexity", FunctionMetrics::cognitive),
  PARAMETERS("parameters", "parameters", FunctionMetrics::params),
  NESTING("nesting", "nesting depth", FunctionMetrics::maxNesting);

  private final String id;
  private final String label;
  private final ToIntFunction<FunctionMetrics> functionValue;

  Rule(String id, String label, ToIntFunction<FunctionMetrics> functionValue) {
    this.id = id;
    this.label = label;
    this.functionValue = functionValue;
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
