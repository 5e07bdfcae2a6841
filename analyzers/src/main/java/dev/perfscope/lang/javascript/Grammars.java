package dev.perfscope.lang.javascript;

import dev.perfscope.lang.treesitter.Parsers;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The three dialects' grammars, loaded once per class loader (none where the platform has no native library). */
final class Grammars {
  private static final Map<Dialect, Grammar> LOADED = Parsers.load("JavaScript and TypeScript files", () -> {
    Map<Dialect, Grammar> loaded = new EnumMap<>(Dialect.class);
    for (Dialect dialect : Dialect.values()) {
      loaded.put(dialect, new Grammar(dialect));
    }
    return loaded;
  }).orElse(Map.of());

  private Grammars() {}

  /** The dialect's grammar, or empty when the platform has no native library for it. */
  static Optional<Grammar> of(Dialect dialect) {
    return Optional.ofNullable(LOADED.get(dialect));
  }

}
