package dev.perfscope.lang.python;

import dev.perfscope.lang.python.parser.PythonLexer;
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
    Collector collector = new Collector();
    for (Token token : stream.getTokens()) {
      if (token.getType() != Token.EOF && token.getChannel() == Token.DEFAULT_CHANNEL) {
        collector.accept(token.getType(), token.getLine());
      }
    }
    return collector.tokens.build();
  }

  /** The tokens so far, and whether the next one starts a statement or is inside an import. */
  private static final class Collector {
    private final CodeTokens.Builder tokens = new CodeTokens.Builder();
    private boolean statementStart = true;
    private boolean inImport;
    private int lastLine = 1;

    void accept(int type, int line) {
      if (statementStart && (type == PythonLexer.IMPORT || type == PythonLexer.FROM)) {
        inImport = true;
      }
      if (!inImport) {
        // a dedent stands where the next statement starts: it belongs to the end of the block it closes
        lastLine = type == PythonLexer.DEDENT ? lastLine : line;
        tokens.add(code(type), lastLine);
      }
      if (type == PythonLexer.NEWLINE) {
        inImport = false;
      }
      statementStart = type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT;
    }
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
