package dev.perfscope.model;

import java.util.Objects;

/**
 * Pull-request mode: only the files changed since the merge base with {@code ref} were analyzed and gated,
 * working-tree changes included; {@code files} counts them.
 */
public record ChangeScope(String ref, String mergeBase, int files) {
  public ChangeScope {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(mergeBase, "mergeBase");
    if (files < 0) {
      throw new IllegalArgumentException("files must not be negative");
    }
  }
}
