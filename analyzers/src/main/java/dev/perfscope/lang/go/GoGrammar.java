package dev.perfscope.lang.go;

import dev.perfscope.lang.treesitter.Parsers;
import dev.perfscope.lang.treesitter.SymbolKinds;
import java.util.Optional;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterGo;

/**
 * tree-sitter-go, loaded once per class loader (none where the platform has no native library), with its symbol
 * ids mapped to {@link Kind}s and the ids of the fields the metrics read. Immutable once built; the native grammar
 * is shared by every thread's parser.
 */
final class GoGrammar {
  private static final Optional<GoGrammar> LOADED = Parsers.load("Go files", GoGrammar::new);

  final TSLanguage language;
  final SymbolKinds kinds;
  final int fieldName;
  final int fieldReceiver;
  final int fieldType;
  final int fieldParameters;
  final int fieldBody;
  final int fieldConsequence;
  final int fieldAlternative;
  final int fieldLeft;
  final int fieldRight;
  final int fieldOperator;
  final int fieldFunction;
  final int fieldTypeArguments;
  final int fieldField;
  final int fieldAlias;
  final int fieldOperand;
  final int fieldPath;
  final int fieldPackage;
  final int fieldValue;
  final int fieldLabel;

  private GoGrammar() {
    language = new TreeSitterGo();
    kinds = SymbolKinds.of(language, Kind.NAMED, Kind.TOKENS, Kind.ERROR);
    fieldName = field("name");
    fieldReceiver = field("receiver");
    fieldType = field("type");
    fieldParameters = field("parameters");
    fieldBody = field("body");
    fieldConsequence = field("consequence");
    fieldAlternative = field("alternative");
    fieldLeft = field("left");
    fieldRight = field("right");
    fieldOperator = field("operator");
    fieldFunction = field("function");
    fieldTypeArguments = field("type_arguments");
    fieldField = field("field");
    fieldAlias = field("alias");
    fieldOperand = field("operand");
    fieldPath = field("path");
    fieldPackage = field("package");
    fieldValue = field("value");
    fieldLabel = field("label");
  }

  private int field(String name) {
    return SymbolKinds.field(language, name);
  }

  /** The grammar, or empty when the platform has no native library for it. */
  static Optional<GoGrammar> get() {
    return LOADED;
  }

}
