package dev.perfscope.lang.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cognitive complexity, as PMD 7's {@code CognitiveComplexity} counts it. Structural constructs ({@code if},
 * loops, {@code switch}, {@code catch}, {@code ?:}) add 1 plus the current nesting and nest their parts;
 * {@code else} and {@code else if} add 1 and nest their body one level deeper; a lambda nests its body;
 * each run of like {@code &&}/{@code ||} operators, a labelled {@code break}/{@code continue} and a
 * recursive call add 1. An {@code if} condition is taken at the level of the {@code if} itself. Unlike PMD,
 * boolean runs are read in textual order along a parentheses-free chain ({@code a && b || c && d} is 3, PMD
 * says 2), and an anonymous or local class's methods are units of their own.
 *
 * <pre>{@code
 * void f(int[] xs) {
 *   for (int x : xs) {             // +1
 *     if (x > 0 && x < 9) {        // +2 (nesting 1), +1 &&
 *       print(x);
 *     } else {                     // +1      = 5
 *       break;
 *     }
 *   }
 * }
 * }</pre>
 */
final class Cognitive extends UnitWalker<Cognitive.State> {
  private static final Cognitive INSTANCE = new Cognitive();

  /**
   * The running score, the current nesting, the methods a call to which is recursive, and the statements
   * whose share of the score is wanted, each with its share so far.
   */
  static final class State {
    int complexity;
    int nesting;
    final List<MethodDeclaration> methods = new ArrayList<>();
    final Map<Node, Integer> shares = new IdentityHashMap<>();

    void add(Node at, int amount) {
      complexity += amount;
      if (!shares.isEmpty()) {
        for (Node node = at; node != null; node = node.getParentNode().orElse(null)) {
          shares.computeIfPresent(node, (k, share) -> share + amount);
        }
      }
    }
  }

  static int of(Node unit) {
    return walk(unit, new State()).complexity;
  }

  /** The cognitive complexity each of {@code parts} (statements inside {@code unit}) contributes to it. */
  static Map<Node, Integer> shares(Node unit, Collection<? extends Node> parts) {
    State state = new State();
    parts.forEach(part -> state.shares.put(part, 0));
    return walk(unit, state).shares;
  }

  private static State walk(Node unit, State state) {
    for (Node node = unit; node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof MethodDeclaration method) {
        state.methods.add(method);
      }
    }
    unit.accept(INSTANCE, state);
    return state;
  }

  @Override
  public void visit(IfStmt n, State s) {
    boolean elseIf = n.getParentNode().orElse(null) instanceof IfStmt parent
        && parent.getElseStmt().orElse(null) == n;
    n.getCondition().accept(this, s);
    if (!elseIf) {
      s.add(n, 1 + s.nesting++);
    }
    n.getThenStmt().accept(this, s);
    if (!elseIf) {
      s.nesting--;
    }
    n.getElseStmt().ifPresent(otherwise -> {
      s.add(otherwise, 1);
      s.nesting++;
      otherwise.accept(this, s);
      s.nesting--;
    });
  }

  @Override
  public void visit(ForStmt n, State s) {
    structural(n, s, () -> super.visit(n, s));
  }

  @Override
  public void visit(ForEachStmt n, State s) {
    structural(n, s, () -> super.visit(n, s));
  }

  @Override
  public void visit(WhileStmt n, State s) {
    structural(n, s, () -> super.visit(n, s));
  }

  @Override
  public void visit(DoStmt n, State s) {
    structural(n, s, () -> super.visit(n, s));
  }

  @Override
  public void visit(SwitchStmt n, State s) {
    structural(n, s, () -> super.visit(n, s));
  }

  @Override
  public void visit(SwitchExpr n, State s) {
    structural(n, s, () -> super.visit(n, s));
  }

  @Override
  public void visit(CatchClause n, State s) {
    structural(n, s, () -> super.visit(n, s));
  }

  @Override
  public void visit(ConditionalExpr n, State s) {
    structural(n, s, () -> super.visit(n, s));
  }

  private static void structural(Node n, State s, Runnable parts) {
    s.add(n, 1 + s.nesting++);
    parts.run();
    s.nesting--;
  }

  @Override
  public void visit(LambdaExpr n, State s) {
    s.nesting++;
    super.visit(n, s);
    s.nesting--;
  }

  @Override
  public void visit(BreakStmt n, State s) {
    if (n.getLabel().isPresent()) {
      s.add(n, 1);
    }
  }

  @Override
  public void visit(ContinueStmt n, State s) {
    if (n.getLabel().isPresent()) {
      s.add(n, 1);
    }
  }

  @Override
  public void visit(BinaryExpr n, State s) {
    if (isLogical(n) && !(n.getParentNode().orElse(null) instanceof BinaryExpr parent && isLogical(parent))) {
      List<BinaryExpr.Operator> run = new ArrayList<>();
      operatorsInOrder(n, run);
      for (int i = 0; i < run.size(); i++) {
        if (i == 0 || run.get(i) != run.get(i - 1)) {
          s.add(n, 1);
        }
      }
    }
    super.visit(n, s);
  }

  private static boolean isLogical(Node n) {
    return n instanceof BinaryExpr b
        && (b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR);
  }

  private static void operatorsInOrder(Expression e, List<BinaryExpr.Operator> run) {
    if (isLogical(e)) {
      BinaryExpr b = e.asBinaryExpr();
      operatorsInOrder(b.getLeft(), run);
      run.add(b.getOperator());
      operatorsInOrder(b.getRight(), run);
    }
  }

  @Override
  public void visit(MethodCallExpr n, State s) {
    if (s.methods.stream().anyMatch(method -> RecursiveCall.isCallOf(n, method))) {
      s.add(n, 1);
    }
    super.visit(n, s);
  }
}
