package dev.perfscope.lang.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import java.util.List;

/**
 * Whether a run of statements jumps out of itself ({@code return}, or a {@code break}, {@code continue} or
 * {@code yield} whose loop or switch is outside it): such a run cannot simply become a function call.
 */
final class Exits {
  private Exits() {}

  static boolean leave(List<Statement> run) {
    return run.stream().anyMatch(statement -> statement.findFirst(Statement.class, s -> jumpsOut(s, statement))
        .isPresent());
  }

  private static boolean jumpsOut(Statement s, Statement root) {
    if (!(s instanceof ReturnStmt || s instanceof BreakStmt || s instanceof ContinueStmt || s instanceof YieldStmt)) {
      return false;
    }
    for (Node n = s; ; n = n.getParentNode().orElseThrow()) {
      if (n != s && caught(n, s)) {
        return false;
      }
      if (n == root) {
        return true;
      }
    }
  }

  /** Whether {@code n}, around a jump, keeps it inside: a lambda or class, or the loop or switch it leaves. */
  private static boolean caught(Node n, Statement jump) {
    return n instanceof LambdaExpr || n instanceof BodyDeclaration<?> || !(jump instanceof ReturnStmt) && target(n, jump);
  }

  private static boolean target(Node n, Statement jump) {
    boolean loop = n instanceof ForStmt || n instanceof ForEachStmt || n instanceof WhileStmt || n instanceof DoStmt;
    boolean isSwitch = n instanceof SwitchStmt || n instanceof SwitchExpr;
    return jump instanceof ContinueStmt ? loop : loop || isSwitch;
  }
}
