package dev.perfscope.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What a unit holds that no refactoring of its code changes, which advice weighs out of what acting gains:
 * {@code docLines}, the lines of documentation inside it (a Python docstring: Java, JavaScript and Kotlin document
 * a unit before it), and {@code keywordOnly}, its parameters that every call names (Python's after {@code *}),
 * which no caller can pass in the wrong order.
 */
public record UnitNotes(int docLines, int keywordOnly) {
  public static final UnitNotes NONE = new UnitNotes(0, 0);

  @JsonIgnore // not a figure of its own: the cache keeps the two above
  public boolean isEmpty() {
    return docLines == 0 && keywordOnly == 0;
  }
}
