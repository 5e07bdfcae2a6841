package dev.perfscope.lang.java;

import com.github.javaparser.Provider;
import com.github.javaparser.StringProvider;
import dev.perfscope.lang.Cancellation;
import java.io.IOException;

/**
 * The text JavaParser reads, a buffer at a time (4,096 characters), with a {@link Cancellation#checkpoint()}
 * before each: a parse given up on stops within one buffer of tokens.
 */
final class CancellableProvider implements Provider {
  private final StringProvider text;

  CancellableProvider(String text) {
    this.text = new StringProvider(text);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    Cancellation.checkpoint();
    return text.read(buffer, offset, length);
  }

  @Override
  public void close() {
    text.close();
  }
}
