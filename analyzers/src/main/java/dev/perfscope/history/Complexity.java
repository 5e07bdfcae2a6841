package dev.perfscope.history;

import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.SourceMetrics;
import java.util.List;

/**
 * The complexity a hotspot weighs (see {@code docs/hotspots.md}): the sum of the cyclomatic complexity of a
 * file's functions when its language measures functions and it parsed; otherwise its code lines.
 */
enum Complexity {
  /** Summed cyclomatic complexity of the file's functions. */
  CYCLOMATIC,
  /** Code lines, for text files and files that did not parse. */
  CODE_LINES;

  /** {@code byLanguage}: a language measured the file, not the text fallback, which finds no functions. */
  static Complexity measureOf(boolean byLanguage, boolean parsed) {
    return parsed && byLanguage ? CYCLOMATIC : CODE_LINES;
  }

  static Complexity measureOf(FileMetrics file) {
    return measureOf(file.parsedByLanguage(), file.parseError() == null);
  }

  static int of(FileMetrics file) {
    return measureOf(file) == CYCLOMATIC ? cyclomatic(file.functions()) : file.code();
  }

  /** The same measure on a past version of a file, measured by its language ({@code byLanguage}) or as text. */
  static int of(boolean byLanguage, SourceMetrics source) {
    return measureOf(byLanguage, source.parseError() == null) == CYCLOMATIC
        ? cyclomatic(source.functions())
        : source.lines().code();
  }

  private static int cyclomatic(List<FunctionMetrics> functions) {
    return functions.stream().mapToInt(FunctionMetrics::cyclomatic).sum();
  }
}
