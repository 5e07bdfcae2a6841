package dev.perfscope.lang.python.structure;

import dev.perfscope.lang.python.parser.PythonLexer;
import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.lang.python.parser.TokenPrefix;
import dev.perfscope.lang.python.parser.Trees;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Whether a run of statements jumps out of itself, as for Java: a {@code return}, a {@code yield} (an extracted
 * generator would need {@code yield from} and its callers a change), or a {@code break} or {@code continue}
 * whose loop is outside the run. A loop's {@code else:} belongs to the loop around it. Nested defs, classes and
 * lambdas keep their jumps. One instance per def remembers what escapes each statement, since runs nest.
 */
final class Exits {
  private static final int RETURNS = 1;
  private static final int LOOP_JUMPS = 2;

  private final Map<ParserRuleContext, Integer> escaping = new IdentityHashMap<>();
  private final TokenPrefix jumps;

  /** {@code jumps}: where the module's {@code return}, {@code yield}, {@code break} and {@code continue} are. */
  Exits(TokenPrefix jumps) {
    this.jumps = jumps;
  }

  static TokenPrefix jumpTokens(TokenStream tokens) {
    return TokenPrefix.ofTypes(tokens, PythonLexer.RETURN, PythonLexer.YIELD, PythonLexer.BREAK,
        PythonLexer.CONTINUE);
  }

  boolean leave(List<? extends ParserRuleContext> run) {
    int from = run.get(0).getStart().getTokenIndex();
    if (!jumps.any(from, run.get(run.size() - 1).getStop().getTokenIndex())) {
      return false;
    }
    for (ParserRuleContext statement : run) {
      if (escapes(statement) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The kinds of jump that leave {@code node}: {@link #RETURNS}, {@link #LOOP_JUMPS}, or both. */
  private int escapes(ParseTree node) {
    if (node instanceof TerminalNode terminal) {
      int type = terminal.getSymbol().getType();
      return type == PythonLexer.BREAK || type == PythonLexer.CONTINUE ? LOOP_JUMPS : 0;
    }
    if (node instanceof PythonParser.Return_stmtContext || node instanceof PythonParser.Yield_exprContext) {
      return RETURNS;
    }
    ParserRuleContext context = (ParserRuleContext) node;
    if (Trees.isNestedScope(node) || node instanceof PythonParser.LambdefContext || !jumps.any(context)) {
      return 0;
    }
    Integer known = escaping.get(context);
    return known != null ? known : remember(context);
  }

  private int remember(ParserRuleContext context) {
    boolean loop = context instanceof PythonParser.For_stmtContext || context instanceof PythonParser.While_stmtContext;
    int escapes = 0;
    for (int i = 0; i < context.getChildCount(); i++) {
      ParseTree child = context.getChild(i);
      boolean body = loop && child instanceof PythonParser.BlockContext;
      escapes |= body ? escapes(child) & RETURNS : escapes(child);
    }
    escaping.put(context, escapes);
    return escapes;
  }
}
