package dev.perfscope.lang.java;

import java.util.BitSet;

/**
 * Finds the lines of Java text that hold code: any non-whitespace character outside {@code //} and
 * {@code /* *}{@code /} comments. String, char and text block literals are code, so comment markers inside
 * them are text. Works on any text, including code that does not parse.
 */
final class JavaLineScanner {
  private final String text;
  private final BitSet codeLines = new BitSet();
  private int pos;
  private int line = 1;

  private JavaLineScanner(String text) {
    this.text = text;
  }

  /** The 1-based numbers of the lines holding code. */
  static BitSet codeLines(String text) {
    JavaLineScanner scanner = new JavaLineScanner(text);
    scanner.scan();
    return scanner.codeLines;
  }

  private void scan() {
    while (pos < text.length()) {
      if (text.startsWith("//", pos)) {
        skipUntilLineEnd();
      } else if (text.startsWith("/*", pos)) {
        pos += 2;
        while (pos < text.length() && !text.startsWith("*/", pos)) {
          advance();
        }
        pos += 2;
      } else if (text.startsWith("\"\"\"", pos)) {
        literal("\"\"\"", true);
      } else if (text.charAt(pos) == '"' || text.charAt(pos) == '\'') {
        literal(String.valueOf(text.charAt(pos)), false);
      } else {
        codeChar();
      }
    }
  }

  /** A literal from its opening quote(s) to the matching close; a plain literal also stops at a line end. */
  private void literal(String quote, boolean multiLine) {
    codeLines.set(line);
    pos += quote.length();
    while (pos < text.length() && !text.startsWith(quote, pos)) {
      char c = text.charAt(pos);
      if (!multiLine && (c == '\n' || c == '\r')) {
        return;
      }
      if (c == '\\' && pos + 1 < text.length()) {
        codeChar();
      }
      codeChar();
    }
    pos += quote.length();
  }

  private void skipUntilLineEnd() {
    while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
      pos++;
    }
  }

  private void codeChar() {
    if (!Character.isWhitespace(text.charAt(pos))) {
      codeLines.set(line);
    }
    advance();
  }

  /** Steps over one character, counting LF, CRLF and a lone CR as one line end each. */
  private void advance() {
    char c = text.charAt(pos++);
    if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
      line++;
    }
  }
}
