package dev.perfscope.lang.javascript;

import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.treesitter.TokenWalk;
import dev.perfscope.lang.treesitter.WordCodes;
import dev.perfscope.model.CodeTokens;
import java.util.List;

/**
 * A module's {@link CodeTokens}, from the leaves of its tree: identifiers, property and type names folded into one
 * code; strings, template literals (their substitutions with them), numbers, regular expressions,
 * {@code true}, {@code false}, {@code null}, {@code undefined} and JSX text into another; braces as block starts
 * and ends; the end of each statement marked where it ends, semicolon or not, so that a copy with its
 * semicolons left out reads the same; keywords and operators each a code of their own. Comments, imports,
 * declarations that only {@code require} modules and TypeScript's overload signatures are left out: two modules
 * whose functions have the same overloads ({@code first} and {@code last}) share no code one could move.
 */
final class ScriptTokens extends TokenWalk<ScriptTree> {
  /** Keywords and operators with a code of their own; any other token shares {@link CodeTokens#FIRST_KIND}. */
  private static final WordCodes CODES = new WordCodes(List.of(
      "(", ")", "[", "]", ",", ".", "?.", ":", "?", "=>", "...", "=", "+=", "-=", "*=", "/=", "%=",
      "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=", "&&=", "||=", "??=",
      "+", "-", "*", "/", "%", "**", "++", "--", "<<", ">>", ">>>", "&", "|", "^", "~", "!", "&&", "||", "??",
      "==", "!=", "===", "!==", "<", ">", "<=", ">=", "@", "#", "</", "/>",
      "var", "let", "const", "function", "class", "extends", "return", "if", "else", "for", "while", "do",
      "switch", "case", "default", "break", "continue", "throw", "try", "catch", "finally", "new", "delete",
      "typeof", "instanceof", "in", "of", "void", "yield", "async", "await", "this", "super", "static", "get",
      "set", "export", "import", "from", "as", "debugger", "with", "interface", "type", "enum", "implements",
      "namespace", "declare", "abstract", "readonly", "private", "protected", "public", "override", "keyof",
      "infer", "is", "asserts", "satisfies", "unique", "any", "unknown", "never", "number", "string", "boolean",
      "symbol", "object", "bigint"));

  private final ScriptImports imports;

  private ScriptTokens(ScriptTree tree, SourceText source, ScriptImports imports) {
    super(tree, source);
    this.imports = imports;
  }

  static CodeTokens of(ScriptTree tree, SourceText source, ScriptImports imports) {
    return new ScriptTokens(tree, source, imports).walk();
  }

  @Override
  protected boolean skips(int node, byte kind) {
    return kind == Kind.COMMENT || kind == Kind.IMPORT || isSignature(tree, node)
        || imports.requireDeclarations.contains(node);
  }

  /** An overload signature, exported or not. */
  private static boolean isSignature(ScriptTree tree, int node) {
    int declaration = tree.kind(node) == Kind.EXPORT ? tree.child(node, tree.grammar.fieldDeclaration) : node;
    return declaration >= 0 && tree.kind(declaration) == Kind.SIGNATURE;
  }

  @Override
  protected boolean isStatement(int node, byte kind) {
    return Kind.isSimpleStatement(kind) || kind == Kind.BREAK || kind == Kind.CONTINUE || kind == Kind.FIELD;
  }

  @Override
  protected boolean isLiteral(byte kind) {
    return kind == Kind.STRING;
  }

  /** A leaf's code; 0 for a semicolon, whose statement's end is marked instead. */
  @Override
  protected int code(int node, byte kind) {
    return switch (kind) {
      case Kind.IDENTIFIER, Kind.PROPERTY_IDENTIFIER, Kind.TYPE_IDENTIFIER -> CodeTokens.NAME;
      case Kind.LITERAL -> CodeTokens.LITERAL;
      case Kind.BRACE_OPEN -> CodeTokens.OPEN;
      case Kind.BRACE_CLOSE -> CodeTokens.CLOSE;
      case Kind.SEMICOLON -> 0;
      default -> CODES.code(tree.text(source.text(), node));
    };
  }
}
