package dev.perfscope.lang.java;

import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.visitor.VoidVisitorAdapter;

/**
 * Walks one unit's own code: it enters lambdas but stops at nested units (the bodies of anonymous classes
 * and local classes, records, enums and interfaces), which are measured on their own.
 */
abstract class UnitWalker<A> extends VoidVisitorAdapter<A> {
  @Override
  public void visit(ObjectCreationExpr n, A arg) {
    n.getScope().ifPresent(scope -> scope.accept(this, arg));
    n.getArguments().forEach(argument -> argument.accept(this, arg));
  }

  @Override
  public void visit(LocalClassDeclarationStmt n, A arg) {}

  @Override
  public void visit(LocalRecordDeclarationStmt n, A arg) {}
}
