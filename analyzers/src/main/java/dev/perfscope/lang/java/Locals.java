package dev.perfscope.lang.java;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The local variables and parameters of one unit, and which of them a run of its statements reads from before
 * it (the parameters it would need as a function of its own) and writes for after it (its results). Java
 * forbids a local hiding another, so names are resolved by name and position.
 */
final class Locals {
  private final Map<String, List<Node>> declarations = new HashMap<>();
  /** Where each name is last used in the unit: a run's writes matter only if used after it. */
  private final Map<String, Position> lastUse = new HashMap<>();

  Locals(Node unit) {
    Preorder.walk(unit, n -> {
      if (n instanceof NameExpr name) {
        lastUse.merge(name.getNameAsString(), name.getBegin().orElseThrow(), (a, b) -> a.isAfter(b) ? a : b);
      } else if (n instanceof Parameter p) {
        declarations.computeIfAbsent(p.getNameAsString(), k -> new ArrayList<>()).add(p);
      } else if (n instanceof VariableDeclarator v && !(v.getParentNode().orElse(null) instanceof FieldDeclaration)) {
        declarations.computeIfAbsent(v.getNameAsString(), k -> new ArrayList<>()).add(v);
      }
    });
  }

  /** Locals the run uses that are declared before it, except those it only assigns. */
  List<String> reads(List<Statement> run) {
    Set<String> reads = new LinkedHashSet<>();
    for (Statement statement : run) {
      Preorder.walk(statement, NameExpr.class, name -> {
        String id = name.getNameAsString();
        if (declaredBefore(id, run) && !declaredWithin(id, run) && !assignedTo(name)) {
          reads.add(id);
        }
      });
    }
    return List.copyOf(reads);
  }

  /** Locals the run assigns, or declares at its top level, that are used after it. */
  List<String> writes(List<Statement> run) {
    Set<String> written = new LinkedHashSet<>();
    for (Statement statement : run) {
      Preorder.walk(statement, n -> {
        String target = assignedName(n);
        if (target != null && declaredBefore(target, run)) {
          written.add(target);
        }
      });
      if (statement instanceof ExpressionStmt e && e.getExpression() instanceof VariableDeclarationExpr d) {
        d.getVariables().forEach(v -> written.add(v.getNameAsString()));
      }
    }
    Position end = run.get(run.size() - 1).getEnd().orElseThrow();
    written.removeIf(name -> !lastUse.containsKey(name) || !lastUse.get(name).isAfter(end));
    return List.copyOf(written);
  }

  private boolean declaredBefore(String id, List<Statement> run) {
    Position start = run.get(0).getBegin().orElseThrow();
    return declarations.getOrDefault(id, List.of()).stream()
        .anyMatch(d -> d.getBegin().orElseThrow().isBefore(start));
  }

  private boolean declaredWithin(String id, List<Statement> run) {
    Position start = run.get(0).getBegin().orElseThrow();
    Position end = run.get(run.size() - 1).getEnd().orElseThrow();
    return declarations.getOrDefault(id, List.of()).stream().anyMatch(d -> {
      Position at = d.getBegin().orElseThrow();
      return !at.isBefore(start) && !at.isAfter(end);
    });
  }

  private static boolean assignedTo(NameExpr name) {
    return name.getParentNode().orElse(null) instanceof AssignExpr a
        && a.getOperator() == AssignExpr.Operator.ASSIGN && a.getTarget() == name;
  }

  private static String assignedName(Node n) {
    if (n instanceof AssignExpr a && a.getTarget() instanceof NameExpr target) {
      return target.getNameAsString();
    }
    if (n instanceof UnaryExpr u && changes(u) && u.getExpression() instanceof NameExpr target) {
      return target.getNameAsString();
    }
    return null;
  }

  private static boolean changes(UnaryExpr u) {
    return switch (u.getOperator()) {
      case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
      default -> false;
    };
  }
}
