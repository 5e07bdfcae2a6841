package dev.perfscope.lang.python.parser;

/**
 * CPython's indentation stack: columns with tabs to multiples of 8, checked against the same columns with
 * tabs as 1 so that a mix of tabs and spaces whose meaning depends on the tab size is an error; at most
 * {@value #MAX} levels, as in CPython.
 */
final class Indentation {
  static final int MAX = 100;

  private static final String TABS = "inconsistent use of tabs and spaces in indentation";

  private final int[] columns = new int[MAX + 1];
  private final int[] alternates = new int[MAX + 1];
  private int level;
  private String error;

  /**
   * Moves to a line whose indentation is {@code column} (tabs to 8) and {@code alternate} (tabs as 1).
   * Returns 1 for an INDENT, {@code -n} for n DEDENTs, 0 for none; {@link #error()} tells what was wrong.
   */
  int moveTo(int column, int alternate) {
    error = null;
    if (column == columns[level]) {
      error = alternate != alternates[level] ? TABS : null;
      return 0;
    }
    if (column > columns[level]) {
      if (level + 1 >= MAX) {
        error = "too many levels of indentation";
        return 0;
      }
      error = alternate <= alternates[level] ? TABS : null;
      level++;
      columns[level] = column;
      alternates[level] = alternate;
      return 1;
    }
    int dedents = 0;
    while (level > 0 && column < columns[level]) {
      level--;
      dedents++;
    }
    if (column != columns[level]) {
      error = "unindent does not match any outer indentation level";
    } else if (alternate != alternates[level]) {
      error = TABS;
    }
    return -dedents;
  }

  /** What was wrong with the last move, or null. */
  String error() {
    return error;
  }

  /** Closes every open level at the end of the file; returns how many DEDENTs that makes. */
  int closeAll() {
    int open = level;
    level = 0;
    return open;
  }
}
