package dev.perfscope.lang.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.WhileStmt;

/**
 * Cyclomatic complexity, as Checkstyle's {@code CyclomaticComplexity} counts it by default: 1, plus 1 for
 * each {@code if}, {@code for}, foreach, {@code while}, {@code do}, {@code catch}, {@code ?:}, {@code case}
 * label group ({@code case A, B ->} is one), {@code when} guard, and each {@code &&} and {@code ||} wherever
 * it appears (also outside conditions and inside lambdas). {@code else}, {@code default}, {@code try},
 * {@code finally}, {@code switch}, {@code break}, {@code throw} add 0.
 *
 * <pre>{@code
 * int sign(int x) {            // 1
 *   if (x > 0 && x < 9) {      // +1 if, +1 &&
 *     return 1;
 *   }
 *   return x < 0 ? -1 : 0;     // +1 ?:      = 4
 * }
 * }</pre>
 */
final class Cyclomatic extends UnitWalker<Counter> {
  private static final Cyclomatic INSTANCE = new Cyclomatic();

  static int of(Node unit) {
    Counter counter = new Counter(1);
    unit.accept(INSTANCE, counter);
    return counter.value;
  }

  @Override
  public void visit(IfStmt n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(ForStmt n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(ForEachStmt n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(WhileStmt n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(DoStmt n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(CatchClause n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(ConditionalExpr n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(SwitchEntry n, Counter c) {
    if (n.getLabels().isNonEmpty()) {
      c.value++;
    }
    if (n.getGuard().isPresent()) {
      c.value++;
    }
    super.visit(n, c);
  }

  @Override
  public void visit(BinaryExpr n, Counter c) {
    if (n.getOperator() == BinaryExpr.Operator.AND || n.getOperator() == BinaryExpr.Operator.OR) {
      c.value++;
    }
    super.visit(n, c);
  }
}
