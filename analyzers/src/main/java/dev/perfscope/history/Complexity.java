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

  static Complexity measureOf(String language, boolean parsed) {
    return parsed && !"text".equals(language) ? CYCLOMATIC : CODE_LINES;
  }

  static Complexity measureOf(FileMetrics file) {
    return measureOf(file.language(), file.parseError() == null);
  }

  static int of(FileMetrics file) {
    return measureOf(file) == CYCLOMATIC ? cyclomatic(file.functions()) : file.code();
  }

  /** The same measure on a past version of a file, measured by its language. */
  static int of(String language, SourceMetrics source) {
    return measureOf(language, source.parseError() == null) == CYCLOMATIC
        ? cyclomatic(source.functions())
        : source.lines().code();
  }

  private static int cyclomatic(List<FunctionMetrics> functions) {
    return functions.stream().mapToInt(FunctionMetrics::cyclomatic).sum();
  }
}
