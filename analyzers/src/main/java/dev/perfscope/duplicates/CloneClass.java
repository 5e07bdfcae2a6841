package dev.perfscope.duplicates;

import dev.perfscope.model.Plan.Copy;
import java.util.List;

/**
 * Every copy of one fragment of code, in files of one language, in path and line order; {@code tokens} is the
 * fragment's length in tokens, the same in every copy, and {@code lines} the most lines with code (a line where a
 * token starts) in a copy.
 */
public record CloneClass(List<Copy> copies, int tokens, int lines) {
  public CloneClass {
    copies = List.copyOf(copies);
  }

  /** The distinct files the copies are in. */
  public List<String> paths() {
    return copies.stream().map(Copy::path).distinct().toList();
  }
}
