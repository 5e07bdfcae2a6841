package dev.perfscope.lang.python.parser;

import java.util.function.Predicate;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Prefix counts of some kind of token over a module, so that whether a subtree or a run of statements holds
 * one is a subtraction: walkers skip whole subtrees that cannot matter to them.
 */
public final class TokenPrefix {
  private final int[] prefix;

  public TokenPrefix(TokenStream tokens, Predicate<Token> counted) {
    prefix = new int[tokens.size() + 1];
    for (int i = 0; i < tokens.size(); i++) {
      prefix[i + 1] = prefix[i] + (counted.test(tokens.get(i)) ? 1 : 0);
    }
  }

  private TokenPrefix(int[] prefix) {
    this.prefix = prefix;
  }

  /** Counts the tokens of the given types: a table look-up per token, cheaper than calling a predicate. */
  public static TokenPrefix ofTypes(TokenStream tokens, int... types) {
    boolean[] counted = new boolean[PythonLexer.VOCABULARY.getMaxTokenType() + 1];
    for (int type : types) {
      counted[type] = true;
    }
    int[] prefix = new int[tokens.size() + 1];
    for (int i = 0; i < prefix.length - 1; i++) {
      int type = tokens.get(i).getType();
      prefix[i + 1] = prefix[i] + (type >= 0 && counted[type] ? 1 : 0);
    }
    return new TokenPrefix(prefix);
  }

  /** Whether any counted token lies within the context's tokens. */
  public boolean any(ParserRuleContext context) {
    Token start = context.getStart();
    Token stop = context.getStop();
    return start != null && stop != null && any(start.getTokenIndex(), stop.getTokenIndex());
  }

  /** Whether any counted token lies between the two token indexes, both included. */
  public boolean any(int from, int to) {
    return to >= from && prefix[to + 1] - prefix[from] > 0;
  }
}
