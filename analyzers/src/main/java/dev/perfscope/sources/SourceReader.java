package dev.perfscope.sources;

import dev.perfscope.model.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a file's bytes as text in the source encoding. Bytes that do not decode are replaced (U+FFFD) and the first
 * of them is reported; bytes with a NUL near the start are a binary file's, not text.
 */
public final class SourceReader {
  public static final int BINARY_PROBE = 8000;

  private final Charset charset;

  public SourceReader(Charset charset) {
    this.charset = charset;
  }

  /** Whether these bytes are a binary file's: a NUL byte near the start. */
  public static boolean looksBinary(byte[] bytes) {
    for (int i = 0, n = Math.min(bytes.length, BINARY_PROBE); i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  public DecodedText decode(byte[] bytes) {
    try {
      String strict = newDecoder(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return new DecodedText(strict, null);
    } catch (CharacterCodingException e) {
      String lenient = new String(bytes, charset);
      return new DecodedText(lenient, firstBadByte(bytes));
    }
  }

  private Problem firstBadByte(byte[] bytes) {
    CharsetDecoder decoder = newDecoder(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    while (!result.isError() && result.isOverflow()) {
      result = decoder.decode(in, out, true); // cannot happen with this buffer size; defensive
    }
    out.flip();
    int line = 1;
    int column = 1;
    for (int i = 0; i < out.limit(); i++) {
      char c = out.get(i);
      boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= out.limit() || out.get(i + 1) != '\n'));
      if (lineBreak) {
        line++;
        column = 1;
      } else if (c != '\r') {
        column++;
      }
    }
    return new Problem(line, column,
        "bytes not valid in " + charset.name() + " at byte offset " + in.position()
            + "; decoded with U+FFFD replacement characters");
  }

  private CharsetDecoder newDecoder(CodingErrorAction action) {
    return charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
  }

  /** Text decoded from a file, with the first undecodable spot if there was one. */
  public record DecodedText(String text, Problem decodeError) {}
}
