package dev.perfscope.model;

import java.util.List;
import java.util.Objects;

/**
 * What a language analyzer measures in one file's text: its lines, its types (classes) and units, and the
 * parse error if the text is not valid code (lines are counted regardless).
 */
public record SourceMetrics(LineCounts lines, int types, List<FunctionMetrics> functions, Problem parseError) {
  public SourceMetrics {
    Objects.requireNonNull(lines, "lines");
    functions = List.copyOf(functions);
  }

  /** A file measured for lines only: plain text, or code that could not be parsed. */
  public static SourceMetrics linesOnly(LineCounts lines, Problem parseError) {
    return new SourceMetrics(lines, 0, List.of(), parseError);
  }
}
