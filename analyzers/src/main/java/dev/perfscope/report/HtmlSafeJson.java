package dev.perfscope.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * JSON that can sit inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &} are written
 * as {@code \u003c} and so on, so no string from source code can close the element or start markup.
 */
final class HtmlSafeJson extends CharacterEscapes {
  private final int[] escapes;

  HtmlSafeJson() {
    escapes = standardAsciiEscapesForJSON();
    escapes['<'] = ESCAPE_STANDARD;
    escapes['>'] = ESCAPE_STANDARD;
    escapes['&'] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return escapes;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return null; // only the standard \\uXXXX escapes are used
  }
}
