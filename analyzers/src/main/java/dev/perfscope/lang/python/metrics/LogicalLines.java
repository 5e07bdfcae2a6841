package dev.perfscope.lang.python.metrics;

import dev.perfscope.lang.python.parser.PythonLexer;
import dev.perfscope.lang.python.parser.PythonLexerBase;
import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.lang.python.parser.Trees;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * NCSS as radon's logical lines: each logical line is split on {@code ;}; a piece whose last {@code :} is not
 * its last token counts 2 ({@code if x: return}, {@code d = {1: 2}}, a format spec in an f-string, which
 * Python 3.12 tokenizes as an operator), any other piece 1 ({@code if a[1:2]:}). A unit counts its own
 * {@code def} line and body, not its decorators nor nested defs and classes.
 * Example: {@code def f(x): return {1: x}} is 2.
 */
public final class LogicalLines {
  private LogicalLines() {}

  public static int of(PythonParser.Function_defContext def, TokenStream tokens, PythonLexerBase lexer) {
    List<int[]> skipped = new ArrayList<>();
    nestedScopes(def.block(), skipped);
    int total = 0;
    Piece piece = new Piece();
    int next = 0;
    for (int i = def.getStart().getTokenIndex(); i <= def.getStop().getTokenIndex(); i++) {
      if (next < skipped.size() && i == skipped.get(next)[0]) {
        i = skipped.get(next++)[1];
        continue;
      }
      Token token = tokens.get(i);
      int type = token.getType();
      if (type == PythonLexer.NEWLINE || type == PythonLexer.SEMI) {
        total += piece.end();
      } else if (type != PythonLexer.INDENT && type != PythonLexer.DEDENT && type != Token.EOF) {
        piece.add(type == PythonLexer.COLON, holdsColon(token, lexer));
      }
    }
    return total + piece.end();
  }

  /** Whether the token is an f-string with a colon token in it (Python 3.12 tokenizes its fields). */
  private static boolean holdsColon(Token token, PythonLexerBase lexer) {
    PythonLexerBase.FString fstring =
        token.getType() == PythonLexer.STRING ? lexer.fstring(token.getStartIndex()) : null;
    return fstring != null && fstring.colon();
  }

  /** One piece of a logical line: 2 if its last {@code :} is not its last token, else 1; 0 if empty. */
  private static final class Piece {
    private int tokens;
    private boolean colon;
    private boolean colonIsLast;

    void add(boolean isColon, boolean holdsColon) {
      tokens++;
      colon |= isColon || holdsColon;
      colonIsLast = isColon;
    }

    int end() {
      int value = tokens == 0 ? 0 : colon && !colonIsLast ? 2 : 1;
      tokens = 0;
      colon = false;
      colonIsLast = false;
      return value;
    }
  }

  private static void nestedScopes(ParserRuleContext node, List<int[]> ranges) {
    for (int i = 0; i < node.getChildCount(); i++) {
      ParseTree child = node.getChild(i);
      if (!(child instanceof ParserRuleContext context)) {
        continue;
      }
      if (Trees.isNestedScope(context)) {
        ranges.add(new int[] {context.getStart().getTokenIndex(), context.getStop().getTokenIndex()});
      } else if (Trees.isStatementPart(context)) {
        nestedScopes(context, ranges);
      }
    }
  }
}
