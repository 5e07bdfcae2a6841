package dev.perfscope.lang.javascript;

import dev.perfscope.lang.treesitter.SymbolKinds;
import org.treesitter.TSLanguage;

/**
 * One dialect's loaded grammar with its symbol ids mapped to {@link Kind}s, and the ids of the fields the
 * walker reads. Immutable once built; the native grammar is shared by every thread's parser.
 */
final class Grammar {
  final Dialect dialect;
  final TSLanguage language;
  final SymbolKinds kinds;
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
  final int fieldDeclaration;
  final int fieldSource;
  final int fieldFunction;
  final int fieldArguments;
  final int fieldObject;
  final int fieldAlias;
  final int fieldArgument;

  Grammar(Dialect dialect) {
    this.dialect = dialect;
    this.language = dialect.newGrammar();
    this.kinds = SymbolKinds.of(language, Kind.NAMED, Kind.TOKENS, Kind.ERROR);
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
    fieldDeclaration = field("declaration");
    fieldSource = field("source");
    fieldFunction = field("function");
    fieldArguments = field("arguments");
    fieldObject = field("object");
    fieldAlias = field("alias");
    fieldArgument = field("argument");
  }

  private int field(String name) {
    return SymbolKinds.field(language, name);
  }
}
