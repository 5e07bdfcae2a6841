package dev.perfscope.lang.python;

import dev.perfscope.model.CodeTokens;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * A module's {@link CodeTokens}, from the tokens its parse already lexed: names (and the soft keywords
 * {@code match}, {@code case}, {@code type}, which are names as often as not) folded into one code; numbers,
 * strings, {@code True}, {@code False} and {@code None} into another; layout ({@code NEWLINE},
 * {@code INDENT}, {@code DEDENT}) kept as statement and block ends, since it is Python's block structure; {@code import} and
 * {@code from ... import} statements left out.
 */
final class PythonTokens {
  private PythonTokens() {}

  static CodeTokens of(CommonTokenStream stream) {
    CodeTokens.Builder tokens = new CodeTokens.Builder();
    boolean statementStart = true;
    boolean inImport = false;
    int lastLine = 1;
    for (Token token : stream.getTokens()) {
      int type = token.getType();
      if (type == Token.EOF || token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      boolean layout = type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT;
      if (statementStart && (type == PythonLexer.IMPORT || type == PythonLexer.FROM)) {
        inImport = true;
      }
      if (!inImport) {
        // a dedent stands where the next statement starts: it belongs to the end of the block it closes
        lastLine = type == PythonLexer.DEDENT ? lastLine : token.getLine();
        tokens.add(code(type), lastLine);
      }
      if (type == PythonLexer.NEWLINE) {
        inImport = false;
      }
      statementStart = layout;
    }
    return tokens.build();
  }

  private static int code(int type) {
    return switch (type) {
      case PythonLexer.NAME, PythonLexer.MATCH, PythonLexer.CASE, PythonLexer.TYPE -> CodeTokens.NAME;
      case PythonLexer.NUMBER, PythonLexer.STRING, PythonLexer.TRUE, PythonLexer.FALSE, PythonLexer.NONE ->
          CodeTokens.LITERAL;
      case PythonLexer.NEWLINE -> CodeTokens.END;
      case PythonLexer.INDENT -> CodeTokens.OPEN;
      case PythonLexer.DEDENT -> CodeTokens.CLOSE;
      default -> CodeTokens.FIRST_KIND + type; // the grammar has fewer than a hundred kinds
    };
  }
}
