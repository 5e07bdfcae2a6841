package dev.perfscope.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What advice weighs in a unit beyond its metrics. Out of what acting gains, what no refactoring of its code
 * changes: {@code docLines}, the lines of documentation inside it (a Python docstring: Java, JavaScript and Kotlin
 * document a unit before it), and {@code keywordOnly}, its parameters that every call names (Python's after
 * {@code *}), which no caller can pass in the wrong order. And its widest dispatch, for what to do next when
 * extracting blocks is not enough: the line and the arms of its {@code switch} with the most cases, or its
 * {@code if / elif} chain with the most branches ({@code dispatchLine} 0 when it has none worth noting).
 */
public record UnitNotes(int docLines, int keywordOnly, int dispatchLine, int dispatchArms) {
  public static final UnitNotes NONE = new UnitNotes(0, 0, 0, 0);

  @JsonIgnore // not a figure of its own: the cache keeps the ones above
  public boolean isEmpty() {
    return docLines == 0 && keywordOnly == 0 && dispatchArms == 0;
  }
}
