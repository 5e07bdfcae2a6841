package dev.perfscope.lang.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;

/**
 * NCSS (non-commenting source statements), as PMD's {@code NcssCount} counts them: +1 for the unit's own
 * declaration and for each local class or record; each local variable statement (not in a {@code for}
 * init; a foreach variable and a try resource do count); {@code if} (+1 more with an {@code else}),
 * {@code while}, {@code do}, {@code for}, {@code switch} statement, each {@code case}/{@code default}
 * label; each expression statement (not a {@code for} update, nor the bare expression of a lambda or a
 * {@code case ->});
 * {@code this(...)}/{@code super(...)}; {@code break}, {@code continue}, {@code return}, {@code throw},
 * {@code synchronized}, {@code catch}, {@code finally}, a labelled statement, {@code assert}. Blocks,
 * {@code try}, {@code yield} and switch expressions add 0.
 *
 * <pre>{@code
 * int sum(int[] xs) {         // +1 declaration
 *   int s = 0;                // +1
 *   for (int x : xs) s += x;  // +1 foreach variable, +1 expression statement
 *   return s;                 // +1              = 5
 * }
 * }</pre>
 */
final class Ncss extends UnitWalker<Counter> {
  private static final Ncss INSTANCE = new Ncss();

  static int of(Node unit) {
    Counter counter = new Counter(0);
    unit.accept(INSTANCE, counter);
    return counter.value;
  }

  @Override
  public void visit(MethodDeclaration n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(ConstructorDeclaration n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(CompactConstructorDeclaration n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(InitializerDeclaration n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(AnnotationMemberDeclaration n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(LocalClassDeclarationStmt n, Counter c) {
    c.value++;
  }

  @Override
  public void visit(LocalRecordDeclarationStmt n, Counter c) {
    c.value++;
  }

  @Override
  public void visit(VariableDeclarationExpr n, Counter c) {
    if (!(n.getParentNode().orElse(null) instanceof ForStmt)) {
      c.value++;
    }
    super.visit(n, c);
  }

  @Override
  public void visit(ExpressionStmt n, Counter c) {
    Node parent = n.getParentNode().orElse(null);
    boolean bareExpression = parent instanceof LambdaExpr
        || parent instanceof SwitchEntry entry && entry.getType() == SwitchEntry.Type.EXPRESSION;
    if (!n.getExpression().isVariableDeclarationExpr() && !bareExpression) {
      c.value++;
    }
    super.visit(n, c);
  }

  @Override
  public void visit(ExplicitConstructorInvocationStmt n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(IfStmt n, Counter c) {
    c.value += n.getElseStmt().isPresent() ? 2 : 1;
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
  public void visit(ForStmt n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(SwitchStmt n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(SwitchEntry n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(BreakStmt n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(ContinueStmt n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(ReturnStmt n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(ThrowStmt n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(SynchronizedStmt n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(CatchClause n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(TryStmt n, Counter c) {
    if (n.getFinallyBlock().isPresent()) {
      c.value++;
    }
    super.visit(n, c);
  }

  @Override
  public void visit(LabeledStmt n, Counter c) {
    c.value++;
    super.visit(n, c);
  }

  @Override
  public void visit(AssertStmt n, Counter c) {
    c.value++;
    super.visit(n, c);
  }
}
