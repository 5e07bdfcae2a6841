package dev.perfscope.lang.javascript;

import org.treesitter.TSLanguage;
import org.treesitter.TSSymbolType;

/**
 * One dialect's loaded grammar with its symbol ids mapped to {@link Kind}s, and the ids of the fields the
 * walker reads. Immutable once built; the native grammar is shared by every thread's parser.
 */
final class Grammar {
  final Dialect dialect;
  final TSLanguage language;
  private final byte[] kinds;
  final int fieldName;
  final int fieldCondition;
  final int fieldConsequence;
  final int fieldAlternative;
  final int fieldBody;
  final int fieldLeft;
  final int fieldRight;
  final int fieldOperator;
  final int fieldKey;
  final int fieldProperty;
  final int fieldLabel;
  final int fieldParameter;
  final int fieldParameters;
  final int fieldValue;

  Grammar(Dialect dialect) {
    this.dialect = dialect;
    this.language = dialect.newGrammar();
    int count = language.symbolCount();
    kinds = new byte[Math.max(count, 0xFFFF + 1)];
    for (int symbol = 0; symbol < count; symbol++) {
      String name = language.symbolName(symbol);
      if (name == null) {
        continue;
      }
      Byte kind = language.symbolType(symbol) == TSSymbolType.TSSymbolTypeRegular
          ? Kind.NAMED.get(name) : Kind.TOKENS.get(name);
      if (kind != null) {
        kinds[symbol] = kind;
      }
    }
    kinds[0xFFFF] = Kind.ERROR; // tree-sitter's ERROR symbol lies outside the grammar's own range
    fieldName = field("name");
    fieldCondition = field("condition");
    fieldConsequence = field("consequence");
    fieldAlternative = field("alternative");
    fieldBody = field("body");
    fieldLeft = field("left");
    fieldRight = field("right");
    fieldOperator = field("operator");
    fieldKey = field("key");
    fieldProperty = field("property");
    fieldLabel = field("label");
    fieldParameter = field("parameter");
    fieldParameters = field("parameters");
    fieldValue = field("value");
  }

  private int field(String name) {
    int id = language.fieldIdForName(name);
    return id == 0 ? -1 : id;
  }

  byte kind(int symbol) {
    return symbol >= 0 && symbol < kinds.length ? kinds[symbol] : Kind.OTHER;
  }
}
