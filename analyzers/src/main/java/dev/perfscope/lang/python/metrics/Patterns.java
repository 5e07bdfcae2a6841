package dev.perfscope.lang.python.metrics;

import dev.perfscope.lang.python.parser.PythonParser;

/** Questions about {@code case} patterns. */
final class Patterns {
  private Patterns() {}

  /** A pattern that is a lone name, {@code _} or a capture, possibly in parentheses: it matches anything. */
  static boolean isBareCapture(PythonParser.PatternsContext patterns) {
    if (patterns == null || patterns.star_pattern().size() != 1 || patterns.COMMA().size() != 0) {
      return false;
    }
    PythonParser.PatternContext pattern = patterns.star_pattern(0).pattern();
    if (pattern == null || pattern.AS() != null || pattern.closed_pattern().size() != 1) {
      return false;
    }
    PythonParser.Closed_patternContext closed = pattern.closed_pattern(0);
    if (closed.LPAR() != null) {
      return isBareCapture(closed.patterns());
    }
    PythonParser.Name_patternContext name = closed.name_pattern();
    return name != null && name.name().size() == 1 && name.LPAR() == null;
  }
}
