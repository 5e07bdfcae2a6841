package dev.perfscope.lang.go;

import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.treesitter.TokenWalk;
import dev.perfscope.lang.treesitter.WordCodes;
import dev.perfscope.model.CodeTokens;
import java.util.List;

/**
 * A Go file's {@link CodeTokens}, from the leaves of its tree: identifiers, field, type, package and label names
 * folded into one code; strings, runes, numbers, {@code true}, {@code false}, {@code nil} and {@code iota} into
 * another; braces as block starts and ends; the end of each statement and top-level declaration marked where it
 * ends, whether a semicolon or the line's end (which the grammar leaves out of the tree) ends it; keywords and
 * operators each a code of their own. Comments, the package clause and imports are left out.
 */
final class GoTokens extends TokenWalk<GoTree> {
  /** Keywords and operators with a code of their own; any other token shares {@link CodeTokens#FIRST_KIND}. */
  private static final WordCodes CODES = new WordCodes(List.of(
      "(", ")", "[", "]", ",", ".", ":", ":=", "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=",
      "&^=", "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^",
      "&&", "||", "<-", "++", "--", "==", "!=", "<", "<=", ">", ">=", "!", "...", "~",
      "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go",
      "goto", "if", "interface", "map", "range", "return", "select", "struct", "switch", "type", "var"));

  private GoTokens(GoTree tree, SourceText source) {
    super(tree, source);
  }

  static CodeTokens of(GoTree tree, SourceText source) {
    return new GoTokens(tree, source).walk();
  }

  @Override
  protected boolean skips(int node, byte kind) {
    return kind == Kind.COMMENT || kind == Kind.PACKAGE_CLAUSE || kind == Kind.IMPORT_DECLARATION;
  }

  /** A statement of a block or a top-level declaration. */
  @Override
  protected boolean isStatement(int node, byte kind) {
    return (tree.parent(node) == 0 || tree.kind(tree.parent(node)) == Kind.STATEMENT_LIST) && kind != Kind.TERMINATOR;
  }

  @Override
  protected boolean isLiteral(byte kind) {
    return kind == Kind.STRING;
  }

  /** A leaf's code; 0 for a terminator, whose statement's end is marked instead. */
  @Override
  protected int code(int node, byte kind) {
    return switch (kind) {
      case Kind.IDENTIFIER, Kind.FIELD_IDENTIFIER, Kind.TYPE_IDENTIFIER, Kind.PACKAGE_IDENTIFIER, Kind.LABEL ->
          CodeTokens.NAME;
      case Kind.LITERAL -> CodeTokens.LITERAL;
      case Kind.BRACE_OPEN -> CodeTokens.OPEN;
      case Kind.BRACE_CLOSE -> CodeTokens.CLOSE;
      case Kind.TERMINATOR -> 0;
      default -> CODES.code(Units.text(tree, source.text(), node));
    };
  }
}
