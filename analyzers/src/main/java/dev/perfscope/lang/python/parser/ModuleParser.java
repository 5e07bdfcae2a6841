package dev.perfscope.lang.python.parser;

import dev.perfscope.model.Problem;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Lexes and parses one module: SLL prediction first, full LL only if SLL fails, both stopping at the first
 * syntax error. The result holds the one error CPython would report first.
 */
public final class ModuleParser {
  private ModuleParser() {}

  /** A parsed module: {@code tree} is null when {@code error} is set by the parser. */
  public record Parsed(PythonLexer lexer, CommonTokenStream tokens, PythonParser.File_inputContext tree,
      Problem error) {}

  /** One f-string replacement field's expression, parsed on its own, and the lexer that read the f-strings in it. */
  public record Fragment(ParseTree tree, PythonLexer lexer) {}

  public static Parsed parse(String text) {
    PythonLexer lexer = new PythonLexer(CharStreams.fromString(loneCarriageReturnsAsNewlines(text)));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CancellableTokenStream(lexer);
    tokens.fill();
    PythonParser parser = parser(tokens);
    PythonParser.File_inputContext tree = null;
    RecognitionException failure = null;
    try {
      tree = parser.file_input();
    } catch (ParseCancellationException sllFailed) {
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      try {
        tree = parser.file_input();
      } catch (ParseCancellationException e) {
        failure = e.getCause() instanceof RecognitionException r ? r : null;
        tree = null;
      }
    }
    Problem error = tree == null || !lexer.errors().isEmpty() || lexer.unclosedBracket() != null
        ? rank(lexer, tree == null ? problem(failure, tokens) : null, failure)
        : null;
    return new Parsed(lexer, tokens, tree, error);
  }

  /**
   * The error CPython would report. Its tokenizer runs as the parser asks for tokens, so a tokenizer error
   * before the parser's failure wins. After a parser failure (other than an unexpected indent) it tokenizes
   * on: the next tokenizer error replaces the parser's, unless it is an indentation error, which ends the
   * search (a stray ASCII character is no tokenizer error there); at the end of the file, a bracket left
   * open on a line before the parser's error is reported instead.
   */
  private static Problem rank(PythonLexer lexer, Problem parse, RecognitionException failure) {
    List<PythonLexerBase.LexicalError> errors = lexer.errors();
    if (parse == null) {
      return errors.isEmpty() ? lexer.unclosedBracket() : errors.get(0).problem();
    }
    for (PythonLexerBase.LexicalError error : errors) {
      if (before(error.problem(), parse)) {
        return error.problem();
      }
    }
    if (isUnexpectedIndent(failure)) {
      return parse;
    }
    Problem later = tokenizingOn(errors, parse);
    return later != null ? later : unclosedBefore(lexer, parse);
  }

  private static boolean isUnexpectedIndent(RecognitionException failure) {
    return failure != null && failure.getOffendingToken() != null
        && failure.getOffendingToken().getType() == PythonLexer.INDENT;
  }

  /**
   * The tokenizer errors after the parser's: the first one replaces it, unless it is an indentation error,
   * which ends the search; stray characters are skipped. Null when none comes.
   */
  private static Problem tokenizingOn(List<PythonLexerBase.LexicalError> errors, Problem parse) {
    for (PythonLexerBase.LexicalError error : errors) {
      if (!before(error.problem(), parse) && error.kind() != PythonLexerBase.Kind.STRAY) {
        return error.kind() == PythonLexerBase.Kind.RAISED ? error.problem() : parse;
      }
    }
    return null;
  }

  /** A bracket left open on a line before the parser's error is reported instead of it. */
  private static Problem unclosedBefore(PythonLexer lexer, Problem parse) {
    Problem unclosed = lexer.unclosedBracket();
    return unclosed != null && parse.line() > unclosed.line() ? unclosed : parse;
  }

  private static boolean before(Problem a, Problem b) {
    return a.line() < b.line() || a.line() == b.line() && a.column() < b.column();
  }

  /** Parses one f-string replacement field's expression on its own; null if it does not parse. */
  public static Fragment parseField(String expression) {
    PythonLexer lexer = new PythonLexer(CharStreams.fromString("(" + expression + "\n)"));
    lexer.removeErrorListeners();
    PythonParser parser = parser(new CommonTokenStream(lexer));
    try {
      return new Fragment(parser.fstring_field(), lexer);
    } catch (ParseCancellationException e) {
      return null;
    }
  }

  /**
   * ANTLR counts lines at {@code \n} only; a lone {@code \r} ends a line for Python and for {@link
   * dev.perfscope.lang.SourceText} too. Replacing it keeps every offset and makes the line numbers agree.
   */
  private static String loneCarriageReturnsAsNewlines(String text) {
    int cr = text.indexOf('\r');
    if (cr < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = cr; i < chars.length; i++) {
      if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
        chars[i] = '\n';
      }
    }
    return new String(chars);
  }

  private static PythonParser parser(CommonTokenStream tokens) {
    PythonParser parser = new PythonParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    return parser;
  }

  private static Problem problem(RecognitionException e, CommonTokenStream tokens) {
    if (e == null || e.getOffendingToken() == null) {
      return new Problem(1, 1, "invalid syntax");
    }
    Problem missingComma = MissingComma.find(e, tokens);
    if (missingComma != null) {
      return missingComma;
    }
    Token token = e.getOffendingToken();
    String message;
    if (token.getType() == PythonLexer.INDENT) {
      message = "unexpected indent";
    } else if (e instanceof InputMismatchException && e.getExpectedTokens().contains(PythonLexer.INDENT)) {
      message = "expected an indented block";
    } else if (token.getType() == Token.EOF) {
      message = "unexpected end of file";
    } else if (token.getType() == PythonLexer.NEWLINE) {
      message = "invalid syntax: unexpected end of line";
    } else if (token.getType() == PythonLexer.DEDENT) {
      message = "invalid syntax: unexpected end of block";
    } else {
      message = "invalid syntax at '" + shorten(token.getText()) + "'";
    }
    return new Problem(Math.max(1, token.getLine()), token.getCharPositionInLine() + 1, message);
  }

  private static String shorten(String text) {
    String line = text.lines().findFirst().orElse("");
    return line.length() > 40 ? line.substring(0, 40) + "..." : line;
  }
}
