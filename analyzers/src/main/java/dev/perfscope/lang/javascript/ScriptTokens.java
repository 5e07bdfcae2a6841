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
 * semicolons left out reads the same; keywords and operators each a code of their own. Comments, imports and
 * declarations that only {@code require} modules are left out.
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
    String text = source.text();
    CodeTokens.Builder tokens = new CodeTokens.Builder();
    Deque<Integer> statements = new ArrayDeque<>(); // the open statements, by the node past their end
    Deque<Integer> ends = new ArrayDeque<>();
    for (int n = 1; n < tree.size(); n++) {
      while (!statements.isEmpty() && n >= statements.peek()) {
        statements.pop();
        tokens.add(CodeTokens.END, ends.pop());
      }
      byte kind = tree.kind(n);
      if (kind == Kind.COMMENT || kind == Kind.IMPORT || imports.requireDeclarations.contains(n)) {
        n = tree.last(n) - 1;
        continue;
      }
      if (Kind.isSimpleStatement(kind) || kind == Kind.BREAK || kind == Kind.CONTINUE || kind == Kind.FIELD) {
        statements.push(tree.last(n));
        ends.push(source.lineOf(Math.max(tree.start(n), tree.end(n) - 1)));
      }
      int line = source.lineOf(tree.start(n));
      if (kind == Kind.STRING) {
        tokens.add(CodeTokens.LITERAL, line);
        n = tree.last(n) - 1;
      } else if (tree.firstChild(n) < 0 && tree.end(n) > tree.start(n)) {
        int code = code(kind, tree.text(text, n));
        if (code > 0) {
          tokens.add(code, line);
        }
      }
    }
    while (!ends.isEmpty()) {
      tokens.add(CodeTokens.END, ends.pop());
    }
    return tokens.build();
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
