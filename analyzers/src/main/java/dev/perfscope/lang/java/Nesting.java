package dev.perfscope.lang.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;

/**
 * Maximum nesting depth: how deep {@code if}, {@code for}, foreach, {@code while}, {@code do},
 * {@code switch} and {@code try} nest in the unit's own body (0 if there are none). An {@code else if}
 * stays at the level of its {@code if}; a lambda body starts again from 0.
 *
 * <pre>{@code
 * void f(int[] xs) {
 *   for (int x : xs) {       // 1
 *     if (x > 0) {           // 2
 *     } else if (x < 0) {    // still 2   -> maxNesting = 2
 *     }
 *   }
 * }
 * }</pre>
 */
final class Nesting extends UnitWalker<Nesting.Depth> {
  private static final Nesting INSTANCE = new Nesting();

  /** The current depth and the deepest seen so far. */
  static final class Depth {
    int current;
    int max;
  }

  static int of(Node unit) {
    Depth depth = new Depth();
    unit.accept(INSTANCE, depth);
    return depth.max;
  }

  private static void nest(Depth d, Runnable parts) {
    d.max = Math.max(d.max, ++d.current);
    parts.run();
    d.current--;
  }

  @Override
  public void visit(IfStmt n, Depth d) {
    if (n.getParentNode().orElse(null) instanceof IfStmt parent && parent.getElseStmt().orElse(null) == n) {
      super.visit(n, d);
    } else {
      nest(d, () -> super.visit(n, d));
    }
  }

  @Override
  public void visit(ForStmt n, Depth d) {
    nest(d, () -> super.visit(n, d));
  }

  @Override
  public void visit(ForEachStmt n, Depth d) {
    nest(d, () -> super.visit(n, d));
  }

  @Override
  public void visit(WhileStmt n, Depth d) {
    nest(d, () -> super.visit(n, d));
  }

  @Override
  public void visit(DoStmt n, Depth d) {
    nest(d, () -> super.visit(n, d));
  }

  @Override
  public void visit(SwitchStmt n, Depth d) {
    nest(d, () -> super.visit(n, d));
  }

  @Override
  public void visit(SwitchExpr n, Depth d) {
    nest(d, () -> super.visit(n, d));
  }

  @Override
  public void visit(TryStmt n, Depth d) {
    nest(d, () -> super.visit(n, d));
  }

  @Override
  public void visit(LambdaExpr n, Depth d) {
    int outer = d.current;
    d.current = 0;
    super.visit(n, d);
    d.current = outer;
  }
}
