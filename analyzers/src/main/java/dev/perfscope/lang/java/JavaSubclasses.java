package dev.perfscope.lang.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.perfscope.model.Subclass;
import java.util.ArrayList;
import java.util.List;

/**
 * The classes of a Java file that extend another class, named or anonymous ({@code new HashedMap() {...}}), with
 * the instance methods each declares: what the file overrides of the classes it extends.
 */
final class JavaSubclasses {
  private JavaSubclasses() {}

  static List<Subclass> of(CompilationUnit unit, TypeUses types) {
    List<Subclass> found = new ArrayList<>();
    unit.walk(node -> {
      if (node instanceof ClassOrInterfaceDeclaration type && !type.isInterface()) {
        type.getExtendedTypes().forEach(supertype -> add(found, types.qualified(supertype), type.getMembers()));
      } else if (node instanceof ObjectCreationExpr created) {
        created.getAnonymousClassBody()
            .ifPresent(body -> add(found, types.qualified(created.getType()), body));
      }
    });
    return found;
  }

  private static void add(List<Subclass> found, String supertype, NodeList<BodyDeclaration<?>> body) {
    List<String> methods = body.stream().filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast)
        .filter(method -> !method.isStatic() && !method.isPrivate()).map(MethodDeclaration::getNameAsString)
        .distinct().toList();
    if (!methods.isEmpty()) {
      found.add(new Subclass(supertype, methods));
    }
  }
}
