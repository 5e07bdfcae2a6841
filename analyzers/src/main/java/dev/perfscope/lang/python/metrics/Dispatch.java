package dev.perfscope.lang.python.metrics;

import dev.perfscope.lang.python.parser.PythonParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * A def's widest dispatch: its {@code if / elif} chain with the most branches (an {@code else} is one) or its
 * {@code match} with the most cases, in its own body (not in nested defs and classes, which are measured apart).
 * {@code line} 0 when it has none of {@value #MIN_ARMS} arms or more.
 */
public record Dispatch(int line, int arms) {
  public static final Dispatch NONE = new Dispatch(0, 0);
  /** Fewer arms are an if and its else, no dispatch. */
  static final int MIN_ARMS = 3;

  public static Dispatch widest(PythonParser.Function_defContext def) {
    Dispatch[] widest = {NONE};
    visit(def.block(), widest);
    return widest[0].arms() >= MIN_ARMS ? widest[0] : NONE;
  }

  private static void visit(ParseTree node, Dispatch[] widest) {
    if (node instanceof PythonParser.Function_defContext || node instanceof PythonParser.Class_defContext
        || !(node instanceof ParserRuleContext context)) {
      return;
    }
    int arms = 0;
    if (context instanceof PythonParser.If_stmtContext chain) {
      arms = 1 + chain.elif_clause().size() + (chain.else_block() != null ? 1 : 0);
    } else if (context instanceof PythonParser.Match_stmtContext match) {
      arms = match.case_block().size();
    }
    if (arms > widest[0].arms()) {
      widest[0] = new Dispatch(context.getStart().getLine(), arms);
    }
    for (int i = 0; i < context.getChildCount(); i++) {
      visit(context.getChild(i), widest);
    }
  }
}
