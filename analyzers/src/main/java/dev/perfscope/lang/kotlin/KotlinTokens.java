package dev.perfscope.lang.kotlin;

import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.treesitter.TokenWalk;
import dev.perfscope.lang.treesitter.WordCodes;
import dev.perfscope.model.CodeTokens;
import java.util.List;

/**
 * A Kotlin file's {@link CodeTokens}, from the leaves of its tree: identifiers, type names and labels folded into
 * one code; strings (templates whole), characters, numbers, {@code true}, {@code false} and {@code null} into
 * another; braces as block starts and ends; the end of each statement, top-level declaration and class member
 * marked where it ends, whether a semicolon or the line's end ends it (the grammar keeps neither in the tree);
 * keywords and operators each a code of their own. Comments, the package header and imports are left out.
 */
final class KotlinTokens extends TokenWalk<KotlinTree> {
  /** Keywords and operators with a code of their own; any other token shares {@link CodeTokens#FIRST_KIND}. */
  private static final WordCodes CODES = new WordCodes(List.of(
      "(", ")", "[", "]", ",", ".", "?.", ":", "::", ";", "=", "+=", "-=", "*=", "/=", "%=", "+", "-", "*", "/",
      "%", "++", "--", "&&", "||", "!", "!!", "==", "!=", "===", "!==",
      "<", ">", "<=", ">=", "?:", "..", "..<", "->", "@", "?", "as", "as?", "is", "!is", "in", "!in",
      "break", "break@", "continue", "continue@", "return", "return@", "this", "this@", "super", "super@",
      "class", "interface", "object", "fun", "val", "var", "if", "else", "when", "for", "while", "do", "try", "catch",
      "finally", "throw", "typealias", "constructor", "init", "companion", "data", "enum", "sealed", "open",
      "override", "private", "protected", "internal", "public", "abstract", "suspend", "inline", "lateinit",
      "const", "get", "set", "by", "vararg", "reified", "out", "where", "operator", "infix", "value", "inner"));

  private KotlinTokens(KotlinTree tree, SourceText source) {
    super(tree, source);
  }

  static CodeTokens of(KotlinTree tree, SourceText source) {
    return new KotlinTokens(tree, source).walk();
  }

  @Override
  protected boolean skips(int node, byte kind) {
    return kind == Kind.COMMENT || kind == Kind.PACKAGE_HEADER || kind == Kind.IMPORT_LIST;
  }

  /**
   * A statement of a block, a top-level declaration or a member of a class body: not a brace, a label before a
   * loop, nor a separator (a comma between enum entries).
   */
  @Override
  protected boolean isStatement(int node, byte kind) {
    int parent = tree.parent(node);
    byte holder = tree.kind(parent);
    boolean inBlock = parent == 0 || holder == Kind.STATEMENTS || holder == Kind.CLASS_BODY;
    boolean token = tree.firstChild(node) < 0 && (kind == Kind.OTHER || kind == Kind.LEFT_BRACE
        || kind == Kind.RIGHT_BRACE);
    return inBlock && !token && kind != Kind.LABEL && tree.end(node) > tree.start(node);
  }

  @Override
  protected boolean isLiteral(byte kind) {
    return kind == Kind.STRING || kind == Kind.LITERAL;
  }

  @Override
  protected int code(int node, byte kind) {
    return switch (kind) {
      case Kind.IDENTIFIER, Kind.TYPE_IDENTIFIER, Kind.LABEL -> CodeTokens.NAME;
      case Kind.LEFT_BRACE -> CodeTokens.OPEN;
      case Kind.RIGHT_BRACE -> CodeTokens.CLOSE;
      default -> CODES.code(tree.text(source.text(), node));
    };
  }
}
