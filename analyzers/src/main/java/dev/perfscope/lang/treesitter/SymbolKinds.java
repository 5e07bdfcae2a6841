package dev.perfscope.lang.treesitter;

import java.util.Map;
import org.treesitter.TSLanguage;
import org.treesitter.TSSymbolType;

/**
 * A grammar's symbol ids mapped once to the small numbers a language's metrics tell apart, so that walking a
 * tree compares integers instead of asking the native library for type names. Named nodes and anonymous tokens
 * are looked up in separate tables because a grammar may use one name for both ({@code "if"} the keyword,
 * {@code if_statement} the node). Symbols in neither table map to 0.
 */
public final class SymbolKinds {
  /** tree-sitter's ERROR symbol lies outside the grammar's own range. */
  private static final int ERROR_SYMBOL = 0xFFFF;

  private final byte[] kinds;

  private SymbolKinds(byte[] kinds) {
    this.kinds = kinds;
  }

  /** The kinds of {@code language}'s symbols, with {@code error} for tree-sitter's ERROR nodes. */
  public static SymbolKinds of(TSLanguage language, Map<String, Byte> named, Map<String, Byte> tokens, byte error) {
    int count = language.symbolCount();
    byte[] kinds = new byte[Math.max(count, ERROR_SYMBOL + 1)];
    for (int symbol = 0; symbol < count; symbol++) {
      String name = language.symbolName(symbol);
      if (name == null) {
        continue;
      }
      Byte kind = language.symbolType(symbol) == TSSymbolType.TSSymbolTypeRegular ? named.get(name) : tokens.get(name);
      if (kind != null) {
        kinds[symbol] = kind;
      }
    }
    kinds[ERROR_SYMBOL] = error;
    return new SymbolKinds(kinds);
  }

  /** The id of {@code language}'s field {@code name}, or -1 when the grammar has no such field. */
  public static int field(TSLanguage language, String name) {
    int id = language.fieldIdForName(name);
    return id == 0 ? -1 : id;
  }

  public byte kind(int symbol) {
    return symbol >= 0 && symbol < kinds.length ? kinds[symbol] : 0;
  }
}
