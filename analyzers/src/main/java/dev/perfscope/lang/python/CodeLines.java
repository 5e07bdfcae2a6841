package dev.perfscope.lang.python;

import dev.perfscope.lang.LineTally;
import dev.perfscope.lang.SourceText;
import dev.perfscope.model.LineCounts;
import java.util.BitSet;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Lines holding a token are code, except the tokens of string statements (docstrings): those lines, like
 * {@code #} comments, are comment lines unless they also hold code.
 */
final class CodeLines {
  private CodeLines() {}

  static LineCounts count(SourceText source, TokenStream tokens, BitSet commentTokens) {
    return LineTally.count(source, of(source, tokens, commentTokens));
  }

  /** The lines that hold code. */
  static BitSet of(SourceText source, TokenStream tokens, BitSet commentTokens) {
    BitSet code = new BitSet(source.lineCount() + 1);
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      int type = token.getType();
      if (type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT
          || type == Token.EOF || commentTokens.get(i)) {
        continue;
      }
      code.set(token.getLine(), endLine(token) + 1);
    }
    return code;
  }

  /** The line a token ends on: only strings span lines. */
  static int endLine(Token token) {
    int line = token.getLine();
    if (token.getType() == PythonLexer.STRING) {
      String text = token.getText();
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
    }
    return line;
  }
}
