package dev.perfscope.lang.python.parser;

import dev.perfscope.lang.Cancellation;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.TokenSource;

/**
 * The parser's tokens, with a {@link Cancellation#checkpoint()} every {@value #EVERY} tokens consumed: the
 * lexer checks as it reads, and this stops a parse given up on while it matches tokens already read.
 */
final class CancellableTokenStream extends CommonTokenStream {
  private static final int EVERY = 1024;
  private int consumed;

  CancellableTokenStream(TokenSource source) {
    super(source);
  }

  @Override
  public void consume() {
    if (++consumed == EVERY) {
      consumed = 0;
      Cancellation.checkpoint();
    }
    super.consume();
  }
}
