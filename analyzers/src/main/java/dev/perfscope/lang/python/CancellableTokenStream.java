package dev.perfscope.lang.python;

import dev.perfscope.lang.Cancellation;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

/**
 * The parser's tokens, with a {@link Cancellation#checkpoint()} every {@value #EVERY} looks: the lexer checks
 * as it reads, and this stops a parse given up on while it predicts and matches over tokens already read.
 */
final class CancellableTokenStream extends CommonTokenStream {
  private static final int EVERY = 1024;
  private int looks;

  CancellableTokenStream(TokenSource source) {
    super(source);
  }

  @Override
  public Token LT(int k) {
    if (++looks == EVERY) {
      looks = 0;
      Cancellation.checkpoint();
    }
    return super.LT(k);
  }
}
