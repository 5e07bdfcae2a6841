package dev.perfscope.model;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A file's code as the duplicate detector reads it, measured once with the file: one byte per token, where
 * every name is one code ({@link #NAME}) and every literal another ({@link #LITERAL}), so that a copy with its
 * names and literals changed still reads the same, and the ends of statements and blocks have codes of their own
 * ({@link #END}, {@link #OPEN}, {@link #CLOSE}), so that a copy can be cut at them whatever the language;
 * comments, imports and the package line are left out.
 * {@code perLine} says how many tokens each line holds, from line 1, as unsigned varints: the tokens' lines
 * cost a byte a line instead of one per token, which keeps the cache small (java.base: 2.6 million tokens).
 * Codes are meaningful only between files of one language and one Perfscope build.
 */
public record CodeTokens(byte[] codes, byte[] perLine) {
  public static final byte NAME = 1;
  public static final byte LITERAL = 2;
  /** The end of a statement: Java's {@code ;}, Python's {@code NEWLINE}. */
  public static final byte END = 3;
  /** The start of a block: Java's <code>{</code>, Python's {@code INDENT}. */
  public static final byte OPEN = 4;
  /** The end of a block: Java's <code>}</code>, Python's {@code DEDENT}. */
  public static final byte CLOSE = 5;
  /** The first code a language may give its other kinds of token: {@code FIRST_KIND + kind}, below 256. */
  public static final int FIRST_KIND = 6;
  public static final CodeTokens NONE = new CodeTokens(new byte[0], new byte[0]);

  public CodeTokens {
    codes = codes == null ? new byte[0] : codes;
    perLine = perLine == null ? new byte[0] : perLine;
  }

  public int size() {
    return codes.length;
  }

  /** The line of each token, decoded from {@code perLine}. */
  public int[] lines() {
    int[] lines = new int[codes.length];
    int token = 0;
    int line = 1;
    int i = 0;
    while (i < perLine.length && token < lines.length) {
      int count = 0;
      int shift = 0;
      byte b;
      do {
        b = perLine[i++];
        count |= (b & 0x7f) << shift;
        shift += 7;
      } while (b < 0 && i < perLine.length);
      for (int k = 0; k < count && token < lines.length; k++) {
        lines[token++] = line;
      }
      line++;
    }
    return lines;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CodeTokens that && Arrays.equals(codes, that.codes) && Arrays.equals(perLine, that.perLine);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(codes) + Arrays.hashCode(perLine);
  }

  @Override
  public String toString() {
    return "CodeTokens[" + codes.length + " tokens]";
  }

  /** Collects the tokens of one file in order, each with its line (never decreasing). */
  public static final class Builder {
    private final ByteArrayOutputStream codes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream perLine = new ByteArrayOutputStream();
    private int line = 1;
    private int onLine;

    /** A token of {@code code} (one of the constants, or {@code FIRST_KIND + kind}) on line {@code at}. */
    public Builder add(int code, int at) {
      if (code < 1 || code > 255) {
        throw new IllegalArgumentException("token code out of range: " + code);
      }
      while (line < at) {
        writeVarint(onLine);
        onLine = 0;
        line++;
      }
      codes.write(code);
      onLine++;
      return this;
    }

    public CodeTokens build() {
      if (codes.size() == 0) {
        return NONE;
      }
      writeVarint(onLine);
      onLine = 0;
      line++;
      return new CodeTokens(codes.toByteArray(), perLine.toByteArray());
    }

    private void writeVarint(int value) {
      int v = value;
      while (v >= 0x80) {
        perLine.write((v & 0x7f) | 0x80);
        v >>>= 7;
      }
      perLine.write(v);
    }
  }
}
