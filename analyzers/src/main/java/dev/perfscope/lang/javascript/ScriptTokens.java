package dev.perfscope.lang.javascript;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.CodeTokens;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A module's {@link CodeTokens}, from the leaves of its tree: identifiers, property and type names folded into one
 * code; strings, template literals (their substitutions with them), numbers, regular expressions,
 * {@code true}, {@code false}, {@code null}, {@code undefined} and JSX text into another; braces as block starts
 * and ends; the end of each statement marked where it ends, semicolon or not, so that a copy with its
 * semicolons left out reads the same; keywords and operators each a code of their own. Comments, imports,
 * declarations that only {@code require} modules and TypeScript's overload signatures are left out: two modules
 * whose functions have the same overloads ({@code first} and {@code last}) share no code one could move.
 */
final class ScriptTokens {
  /** Keywords and operators with a code of their own; any other token shares {@link CodeTokens#FIRST_KIND}. */
  private static final List<String> WORDS = List.of("(", ")", "[", "]", ",", ".", "?.", ":", "?", "=>", "...",
      "=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=", "&&=", "||=", "??=",
      "+", "-", "*", "/", "%", "**", "++", "--", "<<", ">>", ">>>", "&", "|", "^", "~", "!", "&&", "||", "??",
      "==", "!=", "===", "!==", "<", ">", "<=", ">=", "@", "#", "</", "/>",
      "var", "let", "const", "function", "class", "extends", "return", "if", "else", "for", "while", "do",
      "switch", "case", "default", "break", "continue", "throw", "try", "catch", "finally", "new", "delete",
      "typeof", "instanceof", "in", "of", "void", "yield", "async", "await", "this", "super", "static", "get",
      "set", "export", "import", "from", "as", "debugger", "with", "interface", "type", "enum", "implements",
      "namespace", "declare", "abstract", "readonly", "private", "protected", "public", "override", "keyof",
      "infer", "is", "asserts", "satisfies", "unique", "any", "unknown", "never", "number", "string", "boolean",
      "symbol", "object", "bigint");
  private static final Map<String, Integer> CODES = new HashMap<>();

  static {
    for (int i = 0; i < WORDS.size(); i++) {
      CODES.put(WORDS.get(i), CodeTokens.FIRST_KIND + 1 + i);
    }
  }

  private ScriptTokens() {}

  static CodeTokens of(ScriptTree tree, SourceText source, ScriptImports imports) {
    Walk walk = new Walk(tree, source);
    for (int n = 1; n < tree.size(); n++) {
      walk.closeBefore(n);
      byte kind = tree.kind(n);
      if (kind == Kind.COMMENT || kind == Kind.IMPORT || isSignature(tree, n)
          || imports.requireDeclarations.contains(n)) {
        n = tree.last(n) - 1;
      } else {
        n = walk.accept(n, kind);
      }
    }
    walk.closeBefore(Integer.MAX_VALUE);
    return walk.tokens.build();
  }

  /** An overload signature, exported or not. */
  private static boolean isSignature(ScriptTree tree, int node) {
    int declaration = tree.kind(node) == Kind.EXPORT ? tree.child(node, tree.grammar.fieldDeclaration) : node;
    return declaration >= 0 && tree.kind(declaration) == Kind.SIGNATURE;
  }

  /** The tokens so far, and the statements open at the node walked, each closed by an end of statement. */
  private static final class Walk {
    private final CodeTokens.Builder tokens = new CodeTokens.Builder();
    private final Deque<Integer> statements = new ArrayDeque<>(); // the node past each open statement
    private final Deque<Integer> ends = new ArrayDeque<>(); // the line each ends on
    private final ScriptTree tree;
    private final SourceText source;

    Walk(ScriptTree tree, SourceText source) {
      this.tree = tree;
      this.source = source;
    }

    void closeBefore(int node) {
      while (!statements.isEmpty() && node >= statements.peek()) {
        statements.pop();
        tokens.add(CodeTokens.END, ends.pop());
      }
    }

    /** Takes {@code node}'s token, if a leaf or a string; returns the last node taken. */
    int accept(int node, byte kind) {
      if (Kind.isSimpleStatement(kind) || kind == Kind.BREAK || kind == Kind.CONTINUE || kind == Kind.FIELD) {
        statements.push(tree.last(node));
        ends.push(source.lineOf(Math.max(tree.start(node), tree.end(node) - 1)));
      }
      int line = source.lineOf(tree.start(node));
      if (kind == Kind.STRING) {
        tokens.add(CodeTokens.LITERAL, line);
        return tree.last(node) - 1;
      }
      if (tree.firstChild(node) < 0 && tree.end(node) > tree.start(node)) {
        int code = code(kind, tree.text(source.text(), node));
        if (code > 0) {
          tokens.add(code, line);
        }
      }
      return node;
    }
  }

  /** A leaf's code; 0 for a semicolon, whose statement's end is marked instead. */
  private static int code(byte kind, String text) {
    return switch (kind) {
      case Kind.IDENTIFIER, Kind.PROPERTY_IDENTIFIER, Kind.TYPE_IDENTIFIER -> CodeTokens.NAME;
      case Kind.LITERAL -> CodeTokens.LITERAL;
      case Kind.BRACE_OPEN -> CodeTokens.OPEN;
      case Kind.BRACE_CLOSE -> CodeTokens.CLOSE;
      case Kind.SEMICOLON -> 0;
      default -> CODES.getOrDefault(text, CodeTokens.FIRST_KIND);
    };
  }
}
