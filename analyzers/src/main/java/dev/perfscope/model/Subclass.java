package dev.perfscope.model;

import java.util.List;
import java.util.Objects;

/**
 * A type of a file that extends a class, possibly another file's: {@code supertype} as the file's
 * {@link Structure#uses} name types (qualified where the language resolves it), and {@code methods}, the names
 * of the instance methods it declares, which override the supertype's methods of those names. A split that moved
 * an overridden method out of the supertype's class would leave the override overriding nothing.
 */
public record Subclass(String supertype, List<String> methods) {
  public Subclass {
    Objects.requireNonNull(supertype, "supertype");
    methods = methods == null ? List.of() : List.copyOf(methods);
  }
}
