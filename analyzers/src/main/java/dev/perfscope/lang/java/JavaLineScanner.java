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
  /** The last line marked as code: a line is marked once, not at each of its characters. */
  private int marked;

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
      step(text.charAt(pos), pos + 1 < text.length() ? text.charAt(pos + 1) : 0);
    }
  }

  /** One comment, literal or code character, told apart by its first two characters. */
  private void step(char c, char next) {
    if (c == '/' && next == '/') {
      skipUntilLineEnd();
    } else if (c == '/' && next == '*') {
      blockComment();
    } else if (c == '"' || c == '\'') {
      literal(c);
    } else {
      codeChar();
    }
  }

  /** A text block, a string or a char literal. */
  private void literal(char quote) {
    if (quote == '"' && text.startsWith("\"\"\"", pos)) {
      literal("\"\"\"", true);
    } else {
      literal(quote == '"' ? "\"" : "'", false);
    }
  }

  /** From {@code /*} past the next {@code *}{@code /}, or to the end of the text; only its line ends count. */
  private void blockComment() {
    int close = text.indexOf("*/", pos + 2);
    int end = close < 0 ? text.length() : close;
    pos += 2;
    while (pos < end) {
      advance();
    }
    pos = end + 2;
  }

  /** A literal from its opening quote(s) to the matching close; a plain literal also stops at a line end. */
  private void literal(String quote, boolean multiLine) {
    mark();
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
    if (marked != line && !Character.isWhitespace(text.charAt(pos))) {
      mark();
    }
    advance();
  }

  private void mark() {
    codeLines.set(line);
    marked = line;
  }

  /** Steps over one character, counting LF, CRLF and a lone CR as one line end each. */
  private void advance() {
    char c = text.charAt(pos++);
    if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
      line++;
    }
  }
}
