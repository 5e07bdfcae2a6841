package dev.perfscope.model;

import java.util.Objects;

/**
 * A dependency of one member on another member of the same file, or on an import. {@code kind} is {@code call}
 * (by name), {@code field} (reads or writes the field {@code to}), {@code type} (uses the nested type
 * {@code to}) or {@code import} ({@code to} is the imported name); {@code count} is how often.
 */
public record Edge(String from, String to, String kind, int count) {
  public Edge {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    if (count < 1) {
      throw new IllegalArgumentException("edge count must be positive: " + count);
    }
  }

  public boolean isImport() {
    return kind.equals("import");
  }
}
