package dev.perfscope.lang.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.visitor.VoidVisitorAdapter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds a file's types and units, naming each unit by the path of declarations around it, joined by dots:
 * {@code Outer.Inner.method}, a constructor {@code Outer.Inner.Inner}, initializers {@code Outer.static{}} and
 * {@code Outer.{}}, an annotation element {@code Note.value}; an enum constant body adds the constant
 * ({@code Op.PLUS.apply}), a field adds its variable ({@code Outer.ORDER.new Comparator().compare}), and an
 * anonymous class adds {@code new Type()} ({@code Outer.run.new Runnable().run}).
 */
final class UnitFinder extends VoidVisitorAdapter<Void> {
  /** A unit to measure: its name, its declaration, the line of its name and its parameter count. */
  record Unit(String name, Node declaration, int line, int params) {}

  private final Deque<String> path = new ArrayDeque<>();
  private final List<Unit> units = new ArrayList<>();
  private final List<BodyDeclaration<?>> declarations = new ArrayList<>();
  private int types;

  List<Unit> units() {
    return units;
  }

  int types() {
    return types;
  }

  /** The types, methods and constructors, in source order: what a suppression can be attached to. */
  List<BodyDeclaration<?>> declarations() {
    return declarations;
  }

  @Override
  public void visit(ClassOrInterfaceDeclaration n, Void arg) {
    type(n, () -> super.visit(n, arg));
  }

  @Override
  public void visit(EnumDeclaration n, Void arg) {
    type(n, () -> super.visit(n, arg));
  }

  @Override
  public void visit(RecordDeclaration n, Void arg) {
    type(n, () -> super.visit(n, arg));
  }

  @Override
  public void visit(AnnotationDeclaration n, Void arg) {
    type(n, () -> super.visit(n, arg));
  }

  private void type(TypeDeclaration<?> n, Runnable members) {
    types++;
    declarations.add(n);
    within(n.getNameAsString(), members);
  }

  @Override
  public void visit(MethodDeclaration n, Void arg) {
    declarations.add(n);
    unit(n, n.getName(), n.getParameters().size(), () -> super.visit(n, arg));
  }

  @Override
  public void visit(ConstructorDeclaration n, Void arg) {
    declarations.add(n);
    unit(n, n.getName(), n.getParameters().size(), () -> super.visit(n, arg));
  }

  /** A compact constructor declares no parameters: a record's components are its state, not a parameter list. */
  @Override
  public void visit(CompactConstructorDeclaration n, Void arg) {
    unit(n, n.getName(), 0, () -> super.visit(n, arg));
  }

  @Override
  public void visit(AnnotationMemberDeclaration n, Void arg) {
    unit(n, n.getName(), 0, () -> super.visit(n, arg));
  }

  @Override
  public void visit(InitializerDeclaration n, Void arg) {
    String name = n.isStatic() ? "static{}" : "{}";
    units.add(new Unit(qualified(name), n, line(n), 0));
    within(name, () -> super.visit(n, arg));
  }

  private void unit(Node n, SimpleName name, int params, Runnable body) {
    units.add(new Unit(qualified(name.asString()), n, line(name), params));
    within(name.asString(), body);
  }

  @Override
  public void visit(EnumConstantDeclaration n, Void arg) {
    within(n.getNameAsString(), () -> super.visit(n, arg));
  }

  @Override
  public void visit(VariableDeclarator n, Void arg) {
    if (n.getParentNode().orElse(null) instanceof FieldDeclaration) {
      within(n.getNameAsString(), () -> super.visit(n, arg));
    } else {
      super.visit(n, arg);
    }
  }

  @Override
  public void visit(ObjectCreationExpr n, Void arg) {
    n.getScope().ifPresent(scope -> scope.accept(this, arg));
    n.getArguments().forEach(argument -> argument.accept(this, arg));
    n.getAnonymousClassBody().ifPresent(body -> within(
        "new " + n.getType().getNameWithScope() + "()", () -> body.forEach(member -> member.accept(this, arg))));
  }

  private void within(String name, Runnable walk) {
    path.addLast(name);
    walk.run();
    path.removeLast();
  }

  private String qualified(String name) {
    return path.isEmpty() ? name : String.join(".", path) + "." + name;
  }

  private static int line(Node n) {
    return n.getBegin().orElseThrow().line;
  }
}
