package dev.perfscope.model;

import java.util.Objects;

/**
 * The metrics of one unit (a method, constructor, initializer or Python {@code def}), as defined in
 * {@code docs/metrics.md}. {@code line} is the line of the unit's name; {@code lines} spans it to {@code endLine}.
 */
public record FunctionMetrics(
    String name,
    int line,
    int endLine,
    int lines,
    int ncss,
    int params,
    int cyclomatic,
    int cognitive,
    int maxNesting) {

  public FunctionMetrics {
    Objects.requireNonNull(name, "name");
    if (line < 1 || endLine < line) {
      throw new IllegalArgumentException(name + ": bad line range " + line + ".." + endLine);
    }
    if (lines != endLine - line + 1) {
      throw new IllegalArgumentException(name + ": lines must be endLine - line + 1");
    }
    if (ncss < 0 || params < 0 || cyclomatic < 1 || cognitive < 0 || maxNesting < 0) {
      throw new IllegalArgumentException(name + ": metric out of range");
    }
  }
}
