package dev.perfscope.lang.python.parser;

import dev.perfscope.lang.Cancellation;
import dev.perfscope.model.Problem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The hand-written half of the Python lexer: NEWLINE only at the end of a logical line, INDENT and DEDENT
 * from {@link Indentation}, implicit line joining inside {@link Brackets}, and the bodies of string literals
 * ({@link StringScanner}): every string, f-strings included, is one STRING token. Errors are recorded with
 * the kind that decides how CPython ranks them; lexing goes on.
 */
public abstract class PythonLexerBase extends Lexer {
  private final ArrayDeque<Token> pending = new ArrayDeque<>();
  private final Indentation indentation = new Indentation();
  private final Brackets brackets = new Brackets();
  private boolean lineHasContent;
  private boolean started;
  private Token eof;
  private final Map<Integer, FString> fstrings = new HashMap<>();
  private final List<LexicalError> errors = new ArrayList<>();
  private Problem unclosedBracket;
  private int tokensRead;

  protected PythonLexerBase(CharStream input) {
    super(input);
  }

  /** What the later stages need from one f-string token: its replacement-field expressions and its colons. */
  public static final class FString {
    boolean colon;
    /** Each expression's start and end, in pairs; written by {@link StringScanner}. */
    int[] spans = new int[4];
    int spanCount;

    /** Whether a `:` operator (a format spec, a slice, a lambda, a dict) appears inside a field. */
    public boolean colon() {
      return colon;
    }

    /** How many replacement-field expressions the f-string holds. */
    public int spanCount() {
      return spanCount;
    }

    /** Where the {@code i}th expression starts: a character index into the lexer's input. */
    public int spanStart(int i) {
      return spans[2 * i];
    }

    /** Where the {@code i}th expression ends: the index just past its last character. */
    public int spanEnd(int i) {
      return spans[2 * i + 1];
    }

    void addSpan(int start, int end) {
      if (spanCount * 2 + 2 > spans.length) {
        spans = Arrays.copyOf(spans, spans.length * 2);
      }
      spans[spanCount * 2] = start;
      spans[spanCount * 2 + 1] = end;
      spanCount++;
    }
  }

  /** How CPython's tokenizer reports a kind of error, which decides whether it replaces a parser error. */
  enum Kind {
    /** Raised at once (bad strings, brackets, characters): replaces a parser error met earlier. */
    RAISED,
    /** Bad indentation: an error token that ends CPython's search for tokenizer errors. */
    INDENTATION,
    /** A stray ASCII character: a plain operator token to CPython's tokenizer, an error only to its parser. */
    STRAY
  }

  /** An error met while lexing. */
  record LexicalError(Problem problem, Kind kind) {}

  /** The errors met, in reading order (at most 100), an unclosed bracket aside. */
  List<LexicalError> errors() {
    return errors;
  }

  /** The innermost bracket still open at the end of the file, or null. */
  Problem unclosedBracket() {
    return unclosedBracket;
  }

  /** The f-string token starting at character {@code startIndex}, or null if that token is no f-string. */
  public FString fstring(int startIndex) {
    return fstrings.get(startIndex);
  }

  @Override
  public Token nextToken() {
    if (++tokensRead % 1024 == 0) {
      Cancellation.checkpoint();
    }
    while (pending.isEmpty()) {
      if (eof != null) {
        return eof;
      }
      Token token = super.nextToken();
      switch (token.getType()) {
        case PythonLexer.NEWLINE -> onNewline(token);
        case Token.EOF -> onEof(token);
        default -> onToken(token);
      }
    }
    return pending.poll();
  }

  private void onToken(Token token) {
    if (!started) {
      started = true;
      if (token.getCharPositionInLine() > 0 && indentationBefore(token) > 0) {
        pending.add(synthetic(PythonLexer.INDENT, token.getStartIndex(), token.getLine(), 0));
      }
    }
    switch (token.getType()) {
      case PythonLexer.LPAR -> open(token, '(');
      case PythonLexer.LSQB -> open(token, '[');
      case PythonLexer.LBRACE -> open(token, '{');
      case PythonLexer.RPAR -> close(token, '(');
      case PythonLexer.RSQB -> close(token, '[');
      case PythonLexer.RBRACE -> close(token, '{');
      default -> { }
    }
    lineHasContent = true;
    pending.add(token);
  }

  private int indentationBefore(Token token) {
    int column = 0;
    for (int i = token.getStartIndex() - token.getCharPositionInLine(); i < token.getStartIndex(); i++) {
      int c = _input.getText(Interval.of(i, i)).charAt(0);
      column = c == '\f' ? 0 : c == '\t' ? (column / 8 + 1) * 8 : column + 1;
    }
    return column;
  }

  private void open(Token token, char kind) {
    String error = brackets.open(token, kind);
    if (error != null) {
      error(token.getLine(), token.getCharPositionInLine(), error);
    }
  }

  private void close(Token token, char kind) {
    String error = brackets.close(token, kind);
    if (error != null) {
      error(token.getLine(), token.getCharPositionInLine(), error);
    }
  }

  private void onNewline(Token token) {
    if (brackets.anyOpen()) {
      return;
    }
    started = true;
    if (lineHasContent) {
      lineHasContent = false;
      pending.add(token);
    }
    int next = _input.LA(1);
    if (next == '\n' || next == '\r' || next == '#' || next == EOF) {
      return; // a blank or comment-only line has no indentation
    }
    indent(token);
  }

  private void indent(Token newline) {
    String text = newline.getText();
    int i = text.startsWith("\r\n") ? 2 : 1;
    int start = newline.getStartIndex() + i;
    int line = newline.getLine() + 1;
    int column = 0;
    int alt = 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        column++;
        alt++;
      } else if (c == '\t') {
        column = (column / 8 + 1) * 8;
        alt++;
      } else if (c == '\f') {
        column = 0;
        alt = 0;
      } else if (c == '\n') {
        line++; // a backslash continued the indentation onto this line: it counts on, as in CPython 3.11
      }
    }
    int move = indentation.moveTo(column, alt);
    if (indentation.error() != null) {
      record(line, 0, indentation.error(), Kind.INDENTATION);
    }
    for (int dedent = move; dedent < 0; dedent++) {
      pending.add(synthetic(PythonLexer.DEDENT, start, line, column));
    }
    if (move > 0) {
      pending.add(synthetic(PythonLexer.INDENT, start, line, column));
    }
  }

  private void onEof(Token token) {
    unclosedBracket = brackets.unclosed();
    int start = token.getStartIndex();
    int column = token.getCharPositionInLine();
    if (lineHasContent) {
      lineHasContent = false;
      pending.add(synthetic(PythonLexer.NEWLINE, start, token.getLine(), column));
    }
    for (int open = indentation.closeAll(); open > 0; open--) {
      pending.add(synthetic(PythonLexer.DEDENT, start, token.getLine(), column));
    }
    pending.add(token);
    eof = token;
  }

  private Token synthetic(int type, int start, int line, int column) {
    CommonToken token = new CommonToken(_tokenFactorySourcePair, type, DEFAULT_TOKEN_CHANNEL, start, start - 1);
    token.setLine(line);
    token.setCharPositionInLine(column);
    token.setText("");
    return token;
  }

  void error(int line, int column, String message) {
    record(line, column, message, Kind.RAISED);
  }

  private void record(int line, int column, String message, Kind kind) {
    if (errors.size() < 100) {
      errors.add(new LexicalError(new Problem(Math.max(1, line), column + 1, message), kind));
    }
  }

  @Override
  public void notifyListeners(LexerNoViableAltException e) {
    String text = _input.getText(Interval.of(_tokenStartCharIndex, _input.index()));
    int c = text.isEmpty() ? 0 : text.codePointAt(0);
    record(_tokenStartLine, _tokenStartCharPositionInLine, "invalid character " + describe(text),
        c > 0x20 && c < 0x7f ? Kind.STRAY : Kind.RAISED);
  }

  private static String describe(String text) {
    int c = text.isEmpty() ? 0 : text.codePointAt(0);
    return c < 0x20 || c > 0x7e ? String.format("U+%04X", c) : "'" + (char) c + "'";
  }

  // ---- string literals: called by the STRING rule once it has matched the prefix and the opening quote ----

  protected final void scanString() {
    int start = _tokenStartCharIndex;
    char quote = (char) _input.LA(-1);
    boolean raw = false;
    boolean formatted = false;
    for (int i = start; i < _input.index() - 1; i++) {
      int c = Character.toLowerCase(charAt(i));
      raw |= c == 'r';
      formatted |= c == 'f';
    }
    FString info = formatted ? new FString() : null;
    new StringScanner(this).body(quote, raw, info, _tokenStartLine, _tokenStartCharPositionInLine);
    if (info != null) {
      fstrings.put(start, info);
    }
  }

  int charAt(int index) {
    return _input.getText(Interval.of(index, index)).charAt(0);
  }

  int la(int offset) {
    return _input.LA(offset);
  }

  int index() {
    return _input.index();
  }

  void take() {
    getInterpreter().consume(_input);
  }
}
