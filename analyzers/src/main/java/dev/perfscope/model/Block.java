package dev.perfscope.model;

import java.util.List;
import java.util.Objects;

/**
 * A run of statements in {@code function} that could become a function of its own: its lines, the cognitive
 * complexity it contributes where it stands, the local variables it reads from outside (the new function's
 * parameters) and the ones it writes that are used after it (its results).
 */
public record Block(
    String function, int startLine, int endLine, int cognitive, List<String> reads, List<String> writes) {
  public Block {
    Objects.requireNonNull(function, "function");
    if (startLine < 1 || endLine < startLine || cognitive < 0) {
      throw new IllegalArgumentException(function + ": bad block " + startLine + ".." + endLine);
    }
    reads = List.copyOf(reads);
    writes = List.copyOf(writes);
  }

  public int lines() {
    return endLine - startLine + 1;
  }
}
