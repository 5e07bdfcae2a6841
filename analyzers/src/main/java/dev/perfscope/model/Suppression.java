package dev.perfscope.model;

import java.util.List;
import java.util.Objects;

/**
 * Rules that do not apply to a range of lines (a type, a unit, or the whole file), and why. An empty
 * {@code rules} list means every rule. A finding is suppressed when its unit's name line is in the range;
 * a file-level finding only by a whole-file suppression.
 */
public record Suppression(int firstLine, int lastLine, List<String> rules, String reason, boolean wholeFile) {
  public Suppression {
    if (firstLine < 1 || lastLine < firstLine) {
      throw new IllegalArgumentException("bad suppression range " + firstLine + ".." + lastLine);
    }
    rules = List.copyOf(rules);
    Objects.requireNonNull(reason, "reason");
  }

  public boolean covers(String rule, int line, boolean fileLevel) {
    boolean inScope = fileLevel ? wholeFile : firstLine <= line && line <= lastLine;
    return inScope && (rules.isEmpty() || rules.contains(rule));
  }
}
