package dev.perfscope.lang.python.parser;

import org.antlr.v4.runtime.IntStream;

/**
 * Scans the body of a string literal for {@link PythonLexerBase}: escapes, triple quotes, and for f-strings the
 * replacement fields with PEP 701 nesting (any quotes, nested fields in format specs, comments), recording
 * where each field's expression lies so the metrics can look into it.
 */
final class StringScanner {
  private static final int EOF = IntStream.EOF;
  /** The characters that make a following {@code =} part of a comparison ({@code ==}, {@code !=}, ...). */
  private static final String COMPARISON_STARTS = "=!<>";

  private final PythonLexerBase lexer;

  StringScanner(PythonLexerBase lexer) {
    this.lexer = lexer;
  }

  /** The literal being scanned; {@code fs} is null for a plain string. */
  private record Literal(char quote, boolean triple, boolean raw, PythonLexerBase.FString fs, int line, int column) {
    boolean formatted() {
      return fs != null;
    }

    /** How many quotes close it. */
    int delimiter() {
      return triple ? 3 : 1;
    }
  }

  /** Scans from just after the opening quote through the closing one; {@code fs} is null for a plain string. */
  void body(char quote, boolean raw, PythonLexerBase.FString fs, int line, int column) {
    boolean triple = lexer.la(1) == quote && lexer.la(2) == quote;
    if (triple) {
      skip(2);
    }
    Literal literal = new Literal(quote, triple, raw, fs, line, column);
    boolean open = true;
    while (open) {
      open = bodyStep(literal);
    }
  }

  /** Consumes one character or construct of the body; false once the literal has ended, closed or not. */
  private boolean bodyStep(Literal literal) {
    int c = lexer.la(1);
    if (c == EOF || isLineEnd(c) && !literal.triple()) {
      unterminated(literal);
      return false;
    }
    if (isClosingQuote(literal)) {
      skip(literal.delimiter());
      return false;
    }
    if (c == '\\') {
      escape(literal.raw(), literal.formatted());
    } else if (literal.formatted() && c == '{') {
      openingBrace(literal);
    } else if (literal.formatted() && c == '}') {
      closingBrace(literal);
    } else {
      lexer.take();
    }
    return true;
  }

  private void unterminated(Literal literal) {
    lexer.error(literal.line(), literal.column(),
        literal.triple() ? "unterminated triple-quoted string literal" : "unterminated string literal");
  }

  /** Its quote closes a single-quoted literal; a triple-quoted one needs three in a row. */
  private boolean isClosingQuote(Literal literal) {
    char quote = literal.quote();
    return lexer.la(1) == quote && (!literal.triple() || lexer.la(2) == quote && lexer.la(3) == quote);
  }

  /** In an f-string, {@code {{} is a literal brace and a single {@code {} opens a replacement field. */
  private void openingBrace(Literal literal) {
    lexer.take();
    if (lexer.la(1) == '{') {
      lexer.take();
    } else {
      field(literal);
    }
  }

  /** Outside a replacement field, a {@code }} must be doubled. */
  private void closingBrace(Literal literal) {
    lexer.take();
    if (lexer.la(1) == '}') {
      lexer.take();
    } else {
      lexer.error(literal.line(), literal.column(), "f-string: single '}' is not allowed");
    }
  }

  private void escape(boolean raw, boolean formatted) {
    lexer.take();
    int next = lexer.la(1);
    if (formatted && (next == '{' || next == '}')) {
      return;
    }
    if (formatted && !raw && next == 'N' && lexer.la(2) == '{') {
      takeNamedEscape();
      return;
    }
    takeEscapedCharacter(next);
  }

  /** {@code \N{NAME}}: in an f-string its braces belong to the escape, not to a field. */
  private void takeNamedEscape() {
    while (lexer.la(1) != '}' && !atLineEnd()) {
      lexer.take();
    }
    if (lexer.la(1) == '}') {
      lexer.take();
    }
  }

  /** The character after a backslash; a CRLF counts as one. */
  private void takeEscapedCharacter(int next) {
    if (next == '\r' && lexer.la(2) == '\n') {
      lexer.take();
    }
    if (next != EOF) {
      lexer.take();
    }
  }

  /** A replacement field, from just after its `{` through its `}`. */
  private void field(Literal literal) {
    ReplacementField field = new ReplacementField(literal);
    boolean open = true;
    while (open && lexer.la(1) != EOF) {
      open = field.step(lexer.la(1));
    }
  }

  /**
   * The state of one replacement field's scan: where its expression starts, whether the expression has ended
   * (at a conversion or a self-documenting {@code =}), the depth of brackets in it and the previous character.
   */
  private final class ReplacementField {
    private final Literal literal;
    private final int start;
    private boolean ended;
    private int depth;
    private int previous;

    ReplacementField(Literal literal) {
      this.literal = literal;
      this.start = lexer.index();
    }

    /** Consumes one character or construct; false once the field is closed. */
    boolean step(int c) {
      return switch (c) {
        case '\'', '"' -> quoted((char) c);
        case '#' -> comment();
        case '(', '[', '{' -> nest(c, 1);
        case ')', ']' -> nest(c, -1);
        case '}' -> closingBrace();
        case ':' -> colon();
        case '!' -> conversion();
        case '=' -> selfDocumenting();
        default -> advance(c);
      };
    }

    private boolean quoted(char quote) {
      nestedString(quote, start, literal.fs());
      previous = quote;
      return true;
    }

    /** PEP 701: a comment in a multi-line field runs to the end of its line. */
    private boolean comment() {
      takeRestOfLine();
      return true;
    }

    private boolean nest(int c, int change) {
      depth += change;
      return advance(c);
    }

    /** The field's closing brace, unless it closes a bracket of the expression. */
    private boolean closingBrace() {
      if (depth > 0) {
        return nest('}', -1);
      }
      endExpression();
      lexer.take();
      return false;
    }

    /**
     * Outside brackets a {@code :} starts the format spec; inside them it is part of the expression, and a
     * walrus {@code :=} there is no colon. Either colon is an operator token for the logical lines.
     */
    private boolean colon() {
      if (lexer.la(2) == '=' && depth != 0) {
        return advance(':');
      }
      literal.fs().colon = true;
      if (depth > 0) {
        return advance(':');
      }
      endExpression();
      lexer.take();
      spec(literal);
      return false;
    }

    /** A conversion ({@code !r}, {@code !s}, {@code !a}) ends the expression; {@code !=} does not. */
    private boolean conversion() {
      if (atExpressionTop() && lexer.la(2) != '=') {
        endExpression();
        checkConversion();
      }
      return advance('!');
    }

    /** A self-documenting {@code =} ({@code f"{x=}"}) ends the expression; a comparison does not. */
    private boolean selfDocumenting() {
      if (atExpressionTop() && lexer.la(2) != '=' && COMPARISON_STARTS.indexOf(previous) < 0) {
        endExpression();
      }
      return advance('=');
    }

    /** Still in the expression, outside any bracket. */
    private boolean atExpressionTop() {
      return depth <= 0 && !ended;
    }

    private void endExpression() {
      if (!ended) {
        StringScanner.this.endExpression(literal.fs(), start);
        ended = true;
      }
    }

    private boolean advance(int c) {
      previous = c;
      lexer.take();
      return true;
    }
  }

  /** At a {@code !}: one of {@code s}, {@code r}, {@code a} must follow, then {@code :} or {@code }}. */
  private void checkConversion() {
    int conversion = lexer.la(2);
    int next = 3;
    while (lexer.la(next) == ' ' || lexer.la(next) == '\t') {
      next++; // Python 3.12 allows blanks after the conversion
    }
    int after = lexer.la(next);
    if (conversion != 's' && conversion != 'r' && conversion != 'a' || after != ':' && after != '}') {
      lexer.error(lexer.getLine(), lexer.getCharPositionInLine(), "f-string: invalid conversion character");
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
  private void spec(Literal literal) {
    boolean open = true;
    while (open && lexer.la(1) != EOF) {
      open = specStep(literal);
    }
  }

  /** Consumes one character or nested field of a format spec; false once the field is closed or cannot be. */
  private boolean specStep(Literal literal) {
    int c = lexer.la(1);
    if (isClosingQuote(literal) || isLineEnd(c) && !literal.triple()) {
      lexer.error(lexer.getLine(), lexer.getCharPositionInLine(), "f-string: expecting '}'");
      return false;
    }
    if (c == '{') {
      lexer.take();
      field(literal);
    } else if (c == '}') {
      lexer.take();
      return false;
    } else if (c == '\\') {
      escape(false, true);
    } else {
      lexer.take();
    }
    return true;
  }

  private static boolean isLineEnd(int c) {
    return c == '\n' || c == '\r';
  }

  private boolean atLineEnd() {
    int c = lexer.la(1);
    return c == EOF || isLineEnd(c);
  }

  private void takeRestOfLine() {
    while (!atLineEnd()) {
      lexer.take();
    }
  }

  private void skip(int count) {
    for (int i = 0; i < count; i++) {
      lexer.take();
    }
  }
}
