package dev.perfscope.lang.python;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * NCSS as radon's logical lines: each logical line is split on {@code ;}; a piece with a {@code :} that is not
 * its last token counts 2 ({@code if x: return}, {@code {1: 2}}, a format spec in an f-string), any other
 * piece 1. A unit counts its own {@code def} line and body, not its decorators nor nested defs and classes.
 * Example: {@code def f(x): return {1: x}} is 2.
 */
final class LogicalLines {
  private LogicalLines() {}

  static int of(PythonParser.Function_defContext def, TokenStream tokens, PythonLexerBase lexer) {
    List<int[]> skipped = new ArrayList<>();
    nestedScopes(def.block(), skipped);
    int total = 0;
    int pieceTokens = 0;
    boolean colon = false;
    boolean colonNotLast = false;
    int next = 0;
    for (int i = def.getStart().getTokenIndex(); i <= def.getStop().getTokenIndex(); i++) {
      if (next < skipped.size() && i == skipped.get(next)[0]) {
        i = skipped.get(next++)[1];
        continue;
      }
      Token token = tokens.get(i);
      int type = token.getType();
      if (type == PythonLexer.NEWLINE || type == PythonLexer.SEMI) {
        total += pieceTokens == 0 ? 0 : colonNotLast ? 2 : 1;
        pieceTokens = 0;
        colon = false;
        colonNotLast = false;
      } else if (type != PythonLexer.INDENT && type != PythonLexer.DEDENT && type != Token.EOF) {
        pieceTokens++;
        colonNotLast |= colon;
        if (type == PythonLexer.COLON) {
          colon = true;
        } else if (type == PythonLexer.STRING) {
          PythonLexerBase.FString fstring = lexer.fstring(token.getStartIndex());
          colonNotLast |= fstring != null && fstring.colon;
        }
      }
    }
    return total + (pieceTokens == 0 ? 0 : colonNotLast ? 2 : 1);
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
