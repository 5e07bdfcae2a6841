package dev.perfscope.lang.python;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Whether a run of statements jumps out of itself, as for Java: a {@code return}, a {@code yield} (an extracted
 * generator would need {@code yield from} and its callers a change), or a {@code break} or {@code continue}
 * whose loop is outside the run. A loop's {@code else:} belongs to the loop around it. Nested defs, classes and
 * lambdas keep their jumps.
 */
final class Exits {
  private Exits() {}

  static boolean leave(List<? extends ParserRuleContext> run) {
    return run.stream().anyMatch(statement -> jumps(statement, false));
  }

  private static boolean jumps(ParseTree node, boolean inLoop) {
    if (node instanceof TerminalNode terminal) {
      return !inLoop && isLoopJump(terminal.getSymbol().getType());
    }
    if (alwaysLeaves(node) || keepsItsJumps(node)) {
      return alwaysLeaves(node);
    }
    ParserRuleContext context = (ParserRuleContext) node;
    boolean loop = node instanceof PythonParser.For_stmtContext || node instanceof PythonParser.While_stmtContext;
    return context.children != null && context.children.stream()
        .anyMatch(child -> jumps(child, inLoop || loop && child instanceof PythonParser.BlockContext));
  }

  private static boolean alwaysLeaves(ParseTree node) {
    return node instanceof PythonParser.Return_stmtContext || node instanceof PythonParser.Yield_exprContext;
  }

  /** A def, class or lambda: a jump inside it is its own. */
  private static boolean keepsItsJumps(ParseTree node) {
    return Trees.isNestedScope(node) || node instanceof PythonParser.LambdefContext;
  }

  private static boolean isLoopJump(int type) {
    return type == PythonLexer.BREAK || type == PythonLexer.CONTINUE;
  }
}
