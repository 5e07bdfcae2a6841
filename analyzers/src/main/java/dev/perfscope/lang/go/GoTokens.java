package dev.perfscope.lang.go;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.CodeTokens;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Go file's {@link CodeTokens}, from the leaves of its tree: identifiers, field, type, package and label names
 * folded into one code; strings, runes, numbers, {@code true}, {@code false}, {@code nil} and {@code iota} into
 * another; braces as block starts and ends; the end of each statement and top-level declaration marked where it
 * ends, whether a semicolon or the line's end (which the grammar leaves out of the tree) ends it; keywords and
 * operators each a code of their own. Comments, the package clause and imports are left out.
 */
final class GoTokens {
  /** Keywords and operators with a code of their own; any other token shares {@link CodeTokens#FIRST_KIND}. */
  private static final List<String> WORDS = List.of("(", ")", "[", "]", ",", ".", ":", ":=", "=", "+=", "-=",
      "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^=", "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>",
      "&^", "&&", "||", "<-", "++", "--", "==", "!=", "<", "<=", ">", ">=", "!", "...", "~",
      "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go",
      "goto", "if", "interface", "map", "range", "return", "select", "struct", "switch", "type", "var");
  private static final Map<String, Integer> CODES = new HashMap<>();

  static {
    for (int i = 0; i < WORDS.size(); i++) {
      CODES.put(WORDS.get(i), CodeTokens.FIRST_KIND + 1 + i);
    }
  }

  private GoTokens() {}

  static CodeTokens of(GoTree tree, SourceText source) {
    CodeTokens.Builder tokens = new CodeTokens.Builder();
    Deque<int[]> open = new ArrayDeque<>(); // per statement open at the node walked: the node past it, its last line
    for (int n = 1; n < tree.size(); n++) {
      while (!open.isEmpty() && n >= open.peek()[0]) {
        tokens.add(CodeTokens.END, open.pop()[1]);
      }
      byte kind = tree.kind(n);
      if (kind == Kind.COMMENT || kind == Kind.PACKAGE_CLAUSE || kind == Kind.IMPORT_DECLARATION) {
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

  /** A statement of a block or a top-level declaration, whose end is marked. */
  private static boolean isStatement(GoTree tree, int node, byte kind) {
    return (tree.parent(node) == 0 || tree.kind(tree.parent(node)) == Kind.STATEMENT_LIST) && kind != Kind.TERMINATOR;
  }

  /** Takes {@code node}'s token, if a leaf or a string; returns the last node taken. */
  private static int take(GoTree tree, SourceText source, int node, byte kind, CodeTokens.Builder tokens) {
    int line = source.lineOf(tree.start(node));
    if (kind == Kind.STRING) {
      tokens.add(CodeTokens.LITERAL, line);
      return tree.last(node) - 1;
    }
    if (tree.firstChild(node) < 0 && tree.end(node) > tree.start(node) && kind != Kind.TERMINATOR) {
      tokens.add(code(kind, tree, source.text(), node), line);
    }
    return node;
  }

  private static int code(byte kind, GoTree tree, String text, int node) {
    return switch (kind) {
      case Kind.IDENTIFIER, Kind.FIELD_IDENTIFIER, Kind.TYPE_IDENTIFIER, Kind.PACKAGE_IDENTIFIER, Kind.LABEL ->
          CodeTokens.NAME;
      case Kind.LITERAL -> CodeTokens.LITERAL;
      case Kind.BRACE_OPEN -> CodeTokens.OPEN;
      case Kind.BRACE_CLOSE -> CodeTokens.CLOSE;
      default -> CODES.getOrDefault(Units.text(tree, text, node), CodeTokens.FIRST_KIND);
    };
  }
}
