package dev.perfscope.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a language analyzer measures in one file's text: its lines, its types (classes) and units, the
 * parse error if the text is not valid code (lines are counted regardless), and the suppressions the code
 * declares, and its {@link Structure} (empty when the language provides none).
 */
public record SourceMetrics(
    LineCounts lines, int types, List<FunctionMetrics> functions, Problem parseError, List<Suppression> suppressions,
    Structure structure) {
  public SourceMetrics {
    Objects.requireNonNull(lines, "lines");
    functions = List.copyOf(functions);
    suppressions = List.copyOf(suppressions);
    structure = structure == null ? Structure.EMPTY : structure;
  }

  public SourceMetrics(
      LineCounts lines, int types, List<FunctionMetrics> functions, Problem parseError, List<Suppression> suppressions) {
    this(lines, types, functions, parseError, suppressions, Structure.EMPTY);
  }

  public SourceMetrics(LineCounts lines, int types, List<FunctionMetrics> functions, Problem parseError) {
    this(lines, types, functions, parseError, List.of());
  }

  /** A copy with suppressions added (found after the metrics, e.g. in comments). */
  public SourceMetrics withSuppressions(List<Suppression> added) {
    List<Suppression> all = new ArrayList<>(suppressions);
    all.addAll(added);
    return new SourceMetrics(lines, types, functions, parseError, all, structure);
  }

  /** A file measured for lines only: plain text, or code that could not be parsed. */
  public static SourceMetrics linesOnly(LineCounts lines, Problem parseError) {
    return new SourceMetrics(lines, 0, List.of(), parseError);
  }
}
