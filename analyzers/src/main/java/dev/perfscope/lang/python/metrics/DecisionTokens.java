package dev.perfscope.lang.python.metrics;

import dev.perfscope.lang.python.parser.PythonLexer;
import dev.perfscope.lang.python.parser.PythonLexerBase;
import dev.perfscope.lang.python.parser.TokenPrefix;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Where the tokens are that can add to a complexity metric ({@code if}, {@code elif}, {@code else}, loops,
 * {@code except}, {@code and}, {@code or}, {@code assert}, {@code case}, f-strings with fields), as prefix
 * counts: a subtree without any is skipped whole, so the walkers only descend towards decisions.
 */
public final class DecisionTokens {
  private final TokenPrefix prefix;

  public DecisionTokens(TokenStream tokens, PythonLexerBase lexer) {
    prefix = new TokenPrefix(tokens, token -> isDecision(token, lexer));
  }

  private static boolean isDecision(Token token, PythonLexerBase lexer) {
    return switch (token.getType()) {
      case PythonLexer.IF, PythonLexer.ELIF, PythonLexer.ELSE, PythonLexer.FOR, PythonLexer.WHILE,
          PythonLexer.EXCEPT, PythonLexer.AND, PythonLexer.OR, PythonLexer.ASSERT, PythonLexer.CASE -> true;
      case PythonLexer.STRING -> lexer.fstring(token.getStartIndex()) != null;
      default -> false;
    };
  }

  /** Whether any decision token lies within the context's tokens. */
  boolean any(ParserRuleContext context) {
    return prefix.any(context);
  }
}
