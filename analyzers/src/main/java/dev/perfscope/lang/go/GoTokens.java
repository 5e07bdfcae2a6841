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
      int line = source.lineOf(tree.start(n));
      if (kind == Kind.COMMENT || kind == Kind.PACKAGE_CLAUSE || kind == Kind.IMPORT_DECLARATION) {
        n = tree.last(n) - 1;
        continue;
      }
      byte parent = tree.kind(tree.parent(n));
      if ((tree.parent(n) == 0 || parent == Kind.STATEMENT_LIST) && kind != Kind.TERMINATOR) {
        open.push(new int[] {tree.last(n), source.lineOf(Math.max(tree.start(n), tree.end(n) - 1))});
      }
      if (kind == Kind.STRING) {
        tokens.add(CodeTokens.LITERAL, line);
        n = tree.last(n) - 1;
      } else if (tree.firstChild(n) < 0 && tree.end(n) > tree.start(n) && kind != Kind.TERMINATOR) {
        tokens.add(code(kind, tree, source.text(), n), line);
      }
    }
    while (!open.isEmpty()) {
      tokens.add(CodeTokens.END, open.pop()[1]);
    }
    return tokens.build();
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
