package dev.perfscope.lang.python.parser;

import dev.perfscope.model.Problem;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * CPython's "Perhaps you forgot a comma?": inside brackets, an expression directly followed by another is
 * reported where the first one starts, which may be many lines above the token that failed (a long string
 * concatenation). We locate it the same way, in the partial tree the parser left.
 */
final class MissingComma {
  private static final Set<Integer> ENDS_EXPRESSION = Set.of(PythonLexer.NAME, PythonLexer.MATCH,
      PythonLexer.CASE, PythonLexer.TYPE, PythonLexer.NUMBER, PythonLexer.STRING, PythonLexer.RPAR,
      PythonLexer.RSQB, PythonLexer.RBRACE, PythonLexer.NONE, PythonLexer.TRUE, PythonLexer.FALSE,
      PythonLexer.ELLIPSIS);
  private static final Set<Integer> STARTS_EXPRESSION = Set.of(PythonLexer.NAME, PythonLexer.MATCH,
      PythonLexer.CASE, PythonLexer.TYPE, PythonLexer.NUMBER, PythonLexer.STRING, PythonLexer.LPAR,
      PythonLexer.LSQB, PythonLexer.LBRACE, PythonLexer.NONE, PythonLexer.TRUE, PythonLexer.FALSE,
      PythonLexer.ELLIPSIS, PythonLexer.MINUS, PythonLexer.PLUS, PythonLexer.TILDE, PythonLexer.NOT,
      PythonLexer.LAMBDA, PythonLexer.AWAIT);

  private MissingComma() {}

  /** The problem at the start of the expression before a missing comma, or null if this is no such case. */
  static Problem find(RecognitionException e, TokenStream tokens) {
    Token offending = e.getOffendingToken();
    int index = offending.getTokenIndex();
    if (index < 1 || !STARTS_EXPRESSION.contains(offending.getType())
        || !ENDS_EXPRESSION.contains(tokens.get(index - 1).getType()) || !insideBrackets(tokens, index)
        || !(e.getCtx() instanceof ParserRuleContext context)) {
      return null;
    }
    PythonParser.DisjunctionContext before = endingAt(context, index - 1);
    if (before == null || isExcluded(before.getStart(), tokens)) {
      return null;
    }
    Token start = before.getStart();
    return new Problem(start.getLine(), start.getCharPositionInLine() + 1,
        "invalid syntax: perhaps a comma is missing after this expression");
  }

  private static boolean insideBrackets(TokenStream tokens, int index) {
    int depth = 0;
    for (int i = 0; i < index; i++) {
      switch (tokens.get(i).getType()) {
        case PythonLexer.LPAR, PythonLexer.LSQB, PythonLexer.LBRACE -> depth++;
        case PythonLexer.RPAR, PythonLexer.RSQB, PythonLexer.RBRACE -> depth = Math.max(0, depth - 1);
        default -> { }
      }
    }
    return depth > 0;
  }

  /** The outermost finished {@code disjunction} ending at token {@code last}, along the last children. */
  private static PythonParser.DisjunctionContext endingAt(ParserRuleContext context, int last) {
    ParseTree node = context;
    while (node instanceof ParserRuleContext rule && rule.getChildCount() > 0) {
      if (rule instanceof PythonParser.DisjunctionContext disjunction && rule.getStop() != null
          && rule.getStop().getTokenIndex() == last) {
        return disjunction;
      }
      node = rule.getChild(rule.getChildCount() - 1);
    }
    return null;
  }

  /** CPython leaves out an expression starting with a soft keyword, or with a name followed by a string. */
  private static boolean isExcluded(Token start, TokenStream tokens) {
    int type = start.getType();
    if (type == PythonLexer.MATCH || type == PythonLexer.CASE || type == PythonLexer.TYPE
        || type == PythonLexer.NAME && start.getText().equals("_")) {
      return true;
    }
    return type == PythonLexer.NAME && tokens.get(start.getTokenIndex() + 1).getType() == PythonLexer.STRING;
  }
}
