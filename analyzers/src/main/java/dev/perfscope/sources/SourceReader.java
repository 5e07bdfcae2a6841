package dev.perfscope.sources;

import dev.perfscope.model.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes a file's bytes as text: in the encoding its byte order mark names (UTF-8, UTF-16 big or little endian;
 * the mark stays, as U+FEFF, which {@code SourceText} does not count as content and Python checks against an
 * encoding cookie), else in the source encoding. Bytes that do not decode are replaced (U+FFFD)
 * and the first of them is reported. Bytes with a NUL near the start are a binary file's, not text, unless a byte
 * order mark or the source encoding (UTF-16, UTF-32) says they are text.
 */
public final class SourceReader {
  public static final int BINARY_PROBE = 8000;
  private static final char REPLACEMENT = '\uFFFD';

  /** Byte order marks, each with the encoding it names. */
  private static final List<Bom> BOMS = List.of(
      new Bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
      new Bom(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
      new Bom(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE));

  private final Charset charset;
  private final boolean nulIsText;

  public SourceReader(Charset charset) {
    this.charset = charset;
    // the encoding writes ASCII with NULs (UTF-16, UTF-32); a charset that only decodes cannot say
    this.nulIsText = charset.canEncode() && looksBinary("\n".getBytes(charset));
  }

  /**
   * Whether these bytes are a binary file's: a NUL byte near the start, in a file without a byte order mark
   * and in an encoding that does not write text with NUL bytes.
   */
  public boolean isBinary(byte[] bytes) {
    return !nulIsText && bomOf(bytes) == null && looksBinary(bytes);
  }

  /** Whether these bytes have a NUL byte near the start. */
  public static boolean looksBinary(byte[] bytes) {
    for (int i = 0, n = Math.min(bytes.length, BINARY_PROBE); i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  public DecodedText decode(byte[] bytes) {
    Bom bom = bomOf(bytes);
    Charset encoding = bom == null ? charset : bom.charset();
    if (encoding.equals(StandardCharsets.UTF_8)) {
      // String's own decoding copies once where the strict decoder copies twice; every byte it cannot decode
      // becomes U+FFFD, so text without one decoded strictly too
      String decoded = new String(bytes, encoding);
      if (decoded.indexOf(REPLACEMENT) < 0) {
        return new DecodedText(decoded, null);
      }
    }
    try {
      String strict = newDecoder(encoding).decode(ByteBuffer.wrap(bytes)).toString();
      return new DecodedText(strict, null);
    } catch (CharacterCodingException e) {
      String lenient = new String(bytes, encoding);
      return new DecodedText(lenient, firstBadByte(bytes, encoding));
    }
  }

  /** The byte order mark {@code bytes} start with; null when none. */
  private static Bom bomOf(byte[] bytes) {
    return BOMS.stream().filter(bom -> bom.starts(bytes)).findFirst().orElse(null);
  }

  private Problem firstBadByte(byte[] bytes, Charset encoding) {
    CharsetDecoder decoder = newDecoder(encoding);
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
        "bytes not valid in " + encoding.name() + " at byte offset " + in.position()
            + "; decoded with U+FFFD replacement characters");
  }

  private static CharsetDecoder newDecoder(Charset encoding) {
    return encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** A byte order mark: its bytes and the encoding they name. */
  private record Bom(byte[] bytes, Charset charset) {
    boolean starts(byte[] content) {
      return content.length >= bytes.length && Arrays.equals(content, 0, bytes.length, bytes, 0, bytes.length);
    }
  }

  /** Text decoded from a file, with the first undecodable spot if there was one. */
  public record DecodedText(String text, Problem decodeError) {}
}
