package dev.perfscope.lang.python.metrics;

import dev.perfscope.lang.LineTally;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.python.parser.PythonLexer;
import dev.perfscope.lang.python.parser.Trees;
import dev.perfscope.model.LineCounts;
import java.util.BitSet;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Lines holding a token are code, except the tokens of string statements (docstrings): those lines, like
 * {@code #} comments, are comment lines unless they also hold code.
 */
public final class CodeLines {
  private CodeLines() {}

  public static LineCounts count(SourceText source, TokenStream tokens, BitSet commentTokens) {
    return LineTally.count(source, of(source, tokens, commentTokens));
  }

  /** The lines that hold code. */
  public static BitSet of(SourceText source, TokenStream tokens, BitSet commentTokens) {
    BitSet code = new BitSet(source.lineCount() + 1);
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      int type = token.getType();
      if (type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT
          || type == Token.EOF || commentTokens.get(i)) {
        continue;
      }
      code.set(token.getLine(), Trees.endLine(token) + 1);
    }
    return code;
  }
}
