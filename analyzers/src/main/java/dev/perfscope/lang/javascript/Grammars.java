package dev.perfscope.lang.javascript;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSParser;

/**
 * Loads the grammars' native libraries once per class loader, and keeps one parser per thread and dialect
 * (a tree-sitter parser is not thread-safe). The bindings copy each library to a fresh temporary file named by
 * {@code Files.createTempFile} before loading it, so two JVMs, or two class loaders in one JVM, never share a
 * file. On a platform without a bundled library (Windows on arm64, musl, ...) loading fails once; the
 * analyzers then count lines only and say so in one warning.
 */
final class Grammars {
  private static final System.Logger LOG = System.getLogger(Grammars.class.getName());
  private static final Map<Dialect, Grammar> LOADED = load();
  private static final ThreadLocal<Map<Dialect, TSParser>> PARSERS = ThreadLocal.withInitial(() -> new EnumMap<>(Dialect.class));

  private Grammars() {}

  private static Map<Dialect, Grammar> load() {
    Map<Dialect, Grammar> loaded = new EnumMap<>(Dialect.class);
    try {
      for (Dialect dialect : Dialect.values()) {
        loaded.put(dialect, new Grammar(dialect));
      }
    } catch (LinkageError | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "JavaScript and TypeScript files are counted by lines only: tree-sitter has"
          + " no native library for " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + " (" + e + ")");
      return Map.of();
    }
    return loaded;
  }

  /** The dialect's grammar, or empty when the platform has no native library for it. */
  static Optional<Grammar> of(Dialect dialect) {
    return Optional.ofNullable(LOADED.get(dialect));
  }

  /** This thread's parser for {@code grammar}. */
  static TSParser parser(Grammar grammar) {
    return PARSERS.get().computeIfAbsent(grammar.dialect, d -> {
      TSParser parser = new TSParser();
      parser.setLanguage(grammar.language);
      return parser;
    });
  }
}
