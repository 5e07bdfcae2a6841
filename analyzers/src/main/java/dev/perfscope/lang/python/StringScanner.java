package dev.perfscope.lang.python;

import org.antlr.v4.runtime.IntStream;

/**
 * Scans the body of a string literal for {@link PythonLexerBase}: escapes, triple quotes, and for f-strings the
 * replacement fields with PEP 701 nesting (any quotes, nested fields in format specs, comments), recording
 * where each field's expression lies so the metrics can look into it.
 */
final class StringScanner {
  private static final int EOF = IntStream.EOF;

  private final PythonLexerBase lexer;

  StringScanner(PythonLexerBase lexer) {
    this.lexer = lexer;
  }

  /** Scans from just after the opening quote through the closing one; {@code fs} is null for a plain string. */
  void body(char quote, boolean raw, PythonLexerBase.FString fs, int line, int column) {
    boolean triple = lexer.la(1) == quote && lexer.la(2) == quote;
    if (triple) {
      lexer.take();
      lexer.take();
    }
    while (true) {
      int c = lexer.la(1);
      if (c == EOF) {
        lexer.error(line, column, triple ? "unterminated triple-quoted string literal" : "unterminated string literal");
        return;
      }
      if (c == quote) {
        if (!triple) {
          lexer.take();
          return;
        }
        if (lexer.la(2) == quote && lexer.la(3) == quote) {
          lexer.take();
          lexer.take();
          lexer.take();
          return;
        }
        lexer.take();
      } else if ((c == '\n' || c == '\r') && !triple) {
        lexer.error(line, column, "unterminated string literal");
        return;
      } else if (c == '\\') {
        escape(raw, fs != null);
      } else if (fs != null && c == '{') {
        lexer.take();
        if (lexer.la(1) == '{') {
          lexer.take();
        } else {
          field(quote, triple, fs);
        }
      } else if (fs != null && c == '}') {
        lexer.take();
        if (lexer.la(1) == '}') {
          lexer.take();
        } else {
          lexer.error(line, column, "f-string: single '}' is not allowed");
        }
      } else {
        lexer.take();
      }
    }
  }

  private void escape(boolean raw, boolean formatted) {
    lexer.take();
    int next = lexer.la(1);
    if (formatted && (next == '{' || next == '}')) {
      return;
    }
    if (formatted && !raw && next == 'N' && lexer.la(2) == '{') {
      while (lexer.la(1) != '}' && lexer.la(1) != EOF && lexer.la(1) != '\n' && lexer.la(1) != '\r') {
        lexer.take();
      }
      if (lexer.la(1) == '}') {
        lexer.take();
      }
      return;
    }
    if (next == '\r' && lexer.la(2) == '\n') {
      lexer.take();
    }
    if (next != EOF) {
      lexer.take();
    }
  }

  /** A replacement field, from just after its `{` through its `}`. */
  private void field(char quote, boolean triple, PythonLexerBase.FString fs) {
    int start = lexer.index();
    boolean ended = false;
    int depth = 0;
    int previous = 0;
    while (true) {
      int c = lexer.la(1);
      if (c == EOF) {
        return;
      }
      if (c == '\'' || c == '"') {
        nestedString((char) c, start, fs);
        previous = c;
        continue;
      }
      if (c == '#') {
        while (lexer.la(1) != '\n' && lexer.la(1) != '\r' && lexer.la(1) != EOF) {
          lexer.take();
        }
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (c == '}') {
        if (depth <= 0) {
          if (!ended) {
            endExpression(fs, start);
          }
          lexer.take();
          return;
        }
        depth--;
      } else if (c == ':' && lexer.la(2) != '=' || c == ':' && depth == 0) {
        fs.colon = true;
        if (depth <= 0) {
          if (!ended) {
            endExpression(fs, start);
          }
          lexer.take();
          spec(quote, triple, fs);
          return;
        }
      } else if (depth <= 0 && !ended && c == '!' && lexer.la(2) != '=') {
        endExpression(fs, start);
        ended = true;
        int conversion = lexer.la(2);
        int next = 3;
        while (lexer.la(next) == ' ' || lexer.la(next) == '\t') {
          next++; // Python 3.12 allows blanks after the conversion
        }
        int after = lexer.la(next);
        if (conversion != 's' && conversion != 'r' && conversion != 'a' || after != ':' && after != '}') {
          lexer.error(lexer.getLine(), lexer.getCharPositionInLine(), "f-string: invalid conversion character");
        }
      } else if (depth <= 0 && !ended && c == '=' && lexer.la(2) != '='
          && previous != '=' && previous != '!' && previous != '<' && previous != '>') {
        endExpression(fs, start);
        ended = true;
      }
      previous = c;
      lexer.take();
    }
  }

  private void endExpression(PythonLexerBase.FString fs, int start) {
    int end = lexer.index();
    fs.addSpan(start, end);
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(lexer.charAt(i))) {
        return;
      }
    }
    lexer.error(lexer.getLine(), lexer.getCharPositionInLine(), "f-string: empty expression not allowed");
  }

  private void nestedString(char quote, int fieldStart, PythonLexerBase.FString fs) {
    boolean raw = false;
    boolean formatted = false;
    for (int i = -1; i >= -3 && lexer.index() + i >= fieldStart; i--) {
      int p = Character.toLowerCase(lexer.la(i));
      if (p == 'r') {
        raw = true;
      } else if (p == 'f') {
        formatted = true;
      } else if (p != 'b' && p != 'u') {
        break;
      }
    }
    int line = lexer.getLine();
    int column = lexer.getCharPositionInLine();
    lexer.take();
    PythonLexerBase.FString inner = formatted ? new PythonLexerBase.FString() : null;
    body(quote, raw, inner, line, column);
    if (inner != null && inner.colon) {
      fs.colon = true;
    }
  }

  /** A format spec, from just after its `:` through the `}` that closes the field. */
  private void spec(char quote, boolean triple, PythonLexerBase.FString fs) {
    while (true) {
      int c = lexer.la(1);
      if (c == EOF) {
        return;
      }
      if (c == '{') {
        lexer.take();
        field(quote, triple, fs);
      } else if (c == '}') {
        lexer.take();
        return;
      } else if (c == quote && (!triple || lexer.la(2) == quote && lexer.la(3) == quote)
          || !triple && (c == '\n' || c == '\r')) {
        lexer.error(lexer.getLine(), lexer.getCharPositionInLine(), "f-string: expecting '}'");
        return;
      } else if (c == '\\') {
        escape(false, true);
      } else {
        lexer.take();
      }
    }
  }
}
