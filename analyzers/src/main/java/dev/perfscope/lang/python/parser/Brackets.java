package dev.perfscope.lang.python.parser;

import dev.perfscope.model.Problem;
import org.antlr.v4.runtime.Token;

/**
 * The open brackets, for implicit line joining and CPython's bracket errors: a closing bracket of the wrong
 * kind or with none open, more than {@value #MAX} nested (as in CPython), one left open at the end.
 */
final class Brackets {
  static final int MAX = 200;

  private final int[] lines = new int[MAX];
  private final int[] columns = new int[MAX];
  private final char[] kinds = new char[MAX];
  private int depth;

  boolean anyOpen() {
    return depth > 0;
  }

  /** Opens a bracket; returns an error message, or null. */
  String open(Token token, char kind) {
    if (depth >= MAX) {
      depth++;
      return depth == MAX + 1 ? "too many nested parentheses" : null;
    }
    lines[depth] = token.getLine();
    columns[depth] = token.getCharPositionInLine();
    kinds[depth] = kind;
    depth++;
    return null;
  }

  /** Closes a bracket of {@code kind} (its opening character); returns an error message, or null. */
  String close(Token token, char kind) {
    if (depth == 0) {
      return "unmatched '" + token.getText() + "'";
    }
    depth--;
    if (depth < MAX && kinds[depth] != kind) {
      return "closing parenthesis '" + token.getText() + "' does not match opening parenthesis '"
          + kinds[depth] + "'";
    }
    return null;
  }

  /** The innermost bracket still open, as CPython reports it at the end of the file; null if none. */
  Problem unclosed() {
    if (depth == 0) {
      return null;
    }
    int top = Math.min(depth, MAX) - 1;
    return new Problem(lines[top], columns[top] + 1, "'" + kinds[top] + "' was never closed");
  }
}
