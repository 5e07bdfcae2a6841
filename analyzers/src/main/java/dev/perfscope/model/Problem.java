package dev.perfscope.model;

import java.util.Objects;

/** Something wrong with one file's input (it does not parse, or does not decode), located by line and column. */
public record Problem(int line, int column, String message) {
  public Problem {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
    }
    Objects.requireNonNull(message, "message");
  }
}
