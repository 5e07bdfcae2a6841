package dev.perfscope.lang.kotlin;

import dev.perfscope.lang.treesitter.Parsers;
import dev.perfscope.lang.treesitter.SymbolKinds;
import java.util.Optional;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterKotlin;

/** tree-sitter-kotlin, loaded once per class loader with its symbols mapped to {@link Kind}s; none without a native. */
final class KotlinGrammar {
  private static final KotlinGrammar LOADED =
      Parsers.load("Kotlin files", () -> new KotlinGrammar(new TreeSitterKotlin())).orElse(null);

  final TSLanguage language;
  final SymbolKinds kinds;

  private KotlinGrammar(TSLanguage language) {
    this.language = language;
    this.kinds = SymbolKinds.of(language, Kind.NAMED, Kind.TOKENS, Kind.ERROR);
  }

  /** The grammar, or empty when the platform has no native library for it. */
  static Optional<KotlinGrammar> get() {
    return Optional.ofNullable(LOADED);
  }

}
