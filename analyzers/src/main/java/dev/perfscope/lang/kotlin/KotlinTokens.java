package dev.perfscope.lang.kotlin;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.CodeTokens;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Kotlin file's {@link CodeTokens}, from the leaves of its tree: identifiers, type names and labels folded into
 * one code; strings (templates whole), characters, numbers, {@code true}, {@code false} and {@code null} into
 * another; braces as block starts and ends; the end of each statement, top-level declaration and class member
 * marked where it ends, whether a semicolon or the line's end ends it (the grammar keeps neither in the tree);
 * keywords and operators each a code of their own. Comments, the package header and imports are left out.
 */
final class KotlinTokens {
  /** Keywords and operators with a code of their own; any other token shares {@link CodeTokens#FIRST_KIND}. */
  private static final List<String> WORDS = List.of("(", ")", "[", "]", ",", ".", "?.", ":", "::", ";", "=", "+=",
      "-=", "*=", "/=", "%=", "+", "-", "*", "/", "%", "++", "--", "&&", "||", "!", "!!", "==", "!=", "===", "!==",
      "<", ">", "<=", ">=", "?:", "..", "..<", "->", "@", "?", "as", "as?", "is", "!is", "in", "!in",
      "break", "break@", "continue", "continue@", "return", "return@", "this", "this@", "super", "super@",
      "class", "interface", "object", "fun", "val", "var", "if", "else", "when", "for", "while", "do", "try", "catch",
      "finally", "throw", "typealias", "constructor", "init", "companion", "data", "enum", "sealed", "open",
      "override", "private", "protected", "internal", "public", "abstract", "suspend", "inline", "lateinit",
      "const", "get", "set", "by", "vararg", "reified", "out", "where", "operator", "infix", "value", "inner");
  private static final Map<String, Integer> CODES = new HashMap<>();

  static {
    for (int i = 0; i < WORDS.size(); i++) {
      CODES.put(WORDS.get(i), CodeTokens.FIRST_KIND + 1 + i);
    }
  }

  private KotlinTokens() {}

  static CodeTokens of(KotlinTree tree, SourceText source) {
    CodeTokens.Builder tokens = new CodeTokens.Builder();
    Deque<int[]> open = new ArrayDeque<>(); // per statement open at the node walked: the node past it, its last line
    for (int n = 1; n < tree.size(); n++) {
      while (!open.isEmpty() && n >= open.peek()[0]) {
        tokens.add(CodeTokens.END, open.pop()[1]);
      }
      byte kind = tree.kind(n);
      if (kind == Kind.COMMENT || kind == Kind.PACKAGE_HEADER || kind == Kind.IMPORT_LIST) {
        n = tree.last(n) - 1;
        continue;
      }
      if (isStatement(tree, n, kind)) {
        open.push(new int[] {tree.last(n), source.lineOf(Math.max(tree.start(n), tree.end(n) - 1))});
      }
      n = take(tree, source, n, kind, tokens);
    }
    while (!open.isEmpty()) {
      tokens.add(CodeTokens.END, open.pop()[1]);
    }
    return tokens.build();
  }

  /**
   * A statement of a block, a top-level declaration or a member of a class body, whose end is marked: not a brace,
   * a label before a loop, nor a separator (a comma between enum entries).
   */
  private static boolean isStatement(KotlinTree tree, int node, byte kind) {
    int parent = tree.parent(node);
    byte holder = tree.kind(parent);
    boolean inBlock = parent == 0 || holder == Kind.STATEMENTS || holder == Kind.CLASS_BODY;
    boolean token = tree.firstChild(node) < 0 && (kind == Kind.OTHER || kind == Kind.LEFT_BRACE
        || kind == Kind.RIGHT_BRACE);
    return inBlock && !token && kind != Kind.LABEL && tree.end(node) > tree.start(node);
  }

  /** Takes {@code node}'s token, if a leaf or a literal; returns the last node taken. */
  private static int take(KotlinTree tree, SourceText source, int node, byte kind, CodeTokens.Builder tokens) {
    int line = source.lineOf(tree.start(node));
    if (kind == Kind.STRING || kind == Kind.LITERAL) {
      tokens.add(CodeTokens.LITERAL, line);
      return tree.last(node) - 1;
    }
    if (tree.firstChild(node) < 0 && tree.end(node) > tree.start(node)) {
      tokens.add(code(kind, tree, source.text(), node), line);
    }
    return node;
  }

  private static int code(byte kind, KotlinTree tree, String text, int node) {
    return switch (kind) {
      case Kind.IDENTIFIER, Kind.TYPE_IDENTIFIER, Kind.LABEL -> CodeTokens.NAME;
      case Kind.LEFT_BRACE -> CodeTokens.OPEN;
      case Kind.RIGHT_BRACE -> CodeTokens.CLOSE;
      default -> CODES.getOrDefault(tree.text(text, node), CodeTokens.FIRST_KIND);
    };
  }
}
