package dev.perfscope.lang.treesitter;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.treesitter.TSLanguage;
import org.treesitter.TSParser;

/**
 * Loading grammars and handing out parsers. A tree-sitter parser is not thread-safe, so each thread keeps one
 * per grammar. The bindings copy each native library to a fresh temporary file before loading it, so two JVMs,
 * or two class loaders in one JVM, never share a file; on a platform without a bundled library (Windows on arm64,
 * musl, ...) loading fails once, and the language counts lines only, saying so in one warning.
 */
public final class Parsers {
  private static final System.Logger LOG = System.getLogger(Parsers.class.getName());
  private static final ThreadLocal<Map<TSLanguage, TSParser>> PARSERS = ThreadLocal.withInitial(IdentityHashMap::new);

  private Parsers() {}

  /**
   * Runs {@code load}, which touches the grammars' classes (and so loads their native libraries); empty, after a
   * warning naming {@code files} ("Kotlin files"), when the platform has none.
   */
  public static <T> Optional<T> load(String files, Supplier<T> load) {
    try {
      return Optional.of(load.get());
    } catch (LinkageError | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, files + " are counted by lines only: tree-sitter has no native library for "
          + System.getProperty("os.name") + " " + System.getProperty("os.arch") + " (" + e + ")");
      return Optional.empty();
    }
  }

  /** This thread's parser for {@code language}. */
  public static TSParser forThisThread(TSLanguage language) {
    return PARSERS.get().computeIfAbsent(language, l -> {
      TSParser parser = new TSParser();
      parser.setLanguage(l);
      return parser;
    });
  }
}
