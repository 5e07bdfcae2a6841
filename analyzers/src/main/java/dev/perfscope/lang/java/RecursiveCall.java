package dev.perfscope.lang.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.type.Type;
import java.util.List;
import java.util.Optional;

/**
 * Tells, without type resolution, whether a call is a call of a given method: same name, a matching
 * argument count, a receiver that is absent or evidently of the declaring class, and, when the class overloads the name
 * with the same arity, argument types (those evident from literals, casts, {@code new} and declared
 * variables) that select this method rather than another overload.
 */
final class RecursiveCall {
  private RecursiveCall() {}

  static boolean isCallOf(MethodCallExpr call, MethodDeclaration method) {
    if (!call.getName().equals(method.getName()) || !accepts(method, call.getArguments().size())) {
      return false;
    }
    Optional<TypeDeclaration<?>> type = declaringType(method);
    if (type.isEmpty()) {
      return false;
    }
    if (call.getScope().isPresent() && !type.get().getNameAsString().equals(receiverType(call.getScope().get(), type.get()))) {
      return false;
    }
    List<MethodDeclaration> overloads = type.map(t -> t.getMethodsByName(method.getNameAsString())).orElse(List.of())
        .stream().filter(m -> accepts(m, call.getArguments().size())).toList();
    if (overloads.size() <= 1) {
      return true;
    }
    int own = score(call, method);
    return own >= 0 && overloads.stream().filter(m -> m != method).allMatch(m -> score(call, m) < own);
  }

  @SuppressWarnings("unchecked")
  private static Optional<TypeDeclaration<?>> declaringType(MethodDeclaration method) {
    return method.getParentNode().filter(TypeDeclaration.class::isInstance).map(TypeDeclaration.class::cast);
  }

  private static boolean accepts(MethodDeclaration m, int args) {
    int params = m.getParameters().size();
    boolean varargs = params > 0 && m.getParameter(params - 1).isVarArgs();
    return args == params || (varargs && args >= params - 1);
  }

  /** How many arguments have exactly the parameter's type, or -1 if one evidently does not fit. */
  private static int score(MethodCallExpr call, MethodDeclaration m) {
    int exact = 0;
    for (int i = 0; i < call.getArguments().size() && i < m.getParameters().size(); i++) {
      Parameter param = m.getParameter(i);
      String known = typeOf(call.getArgument(i), call);
      if (known == null || param.isVarArgs()) {
        continue;
      }
      if (known.equals(simple(param.getType()))) {
        exact++;
      } else if (!(known.equals("null") && !param.getType().isPrimitiveType())) {
        return -1;
      }
    }
    return exact;
  }

  /** The class a call's receiver evidently is, or null if it takes type resolution to know. */
  private static String receiverType(Expression scope, TypeDeclaration<?> declaring) {
    String declaringName = declaring.getNameAsString();
    if (scope.isThisExpr() || scope.isNameExpr() && scope.asNameExpr().getNameAsString().equals(declaringName)) {
      return declaringName;
    } else if (scope.isEnclosedExpr()) {
      return receiverType(scope.asEnclosedExpr().getInner(), declaring);
    } else if (scope.isArrayAccessExpr()) {
      String array = receiverType(scope.asArrayAccessExpr().getName(), declaring);
      return array != null && array.endsWith("[]") ? array.substring(0, array.length() - 2) : null;
    } else if (scope.isFieldAccessExpr() && scope.asFieldAccessExpr().getScope().isThisExpr()) {
      return declaredType(scope.asFieldAccessExpr().getNameAsString(), scope);
    } else if (scope.isMethodCallExpr() && scope.asMethodCallExpr().getScope().filter(e -> !e.isThisExpr()).isEmpty()) {
      List<String> returned = declaring.getMethodsByName(scope.asMethodCallExpr().getNameAsString()).stream()
          .map(m -> simple(m.getType())).distinct().toList();
      return returned.size() == 1 ? returned.get(0) : null;
    }
    return typeOf(scope, scope);
  }

  /** The type an argument evidently has, or null if it takes type resolution to know. */
  private static String typeOf(Expression e, Node at) {
    if (e.isStringLiteralExpr() || e.isTextBlockLiteralExpr()) {
      return "String";
    } else if (e.isIntegerLiteralExpr()) {
      return "int";
    } else if (e.isLongLiteralExpr()) {
      return "long";
    } else if (e.isBooleanLiteralExpr()) {
      return "boolean";
    } else if (e.isCharLiteralExpr()) {
      return "char";
    } else if (e.isNullLiteralExpr()) {
      return "null";
    } else if (e.isCastExpr()) {
      return simple(e.asCastExpr().getType());
    } else if (e.isObjectCreationExpr()) {
      return e.asObjectCreationExpr().getType().getNameAsString();
    } else if (e.isNameExpr()) {
      return declaredType(e.asNameExpr().getNameAsString(), at);
    }
    return null;
  }

  /** The declared type of the nearest parameter, local variable or field of that name around {@code at}. */
  private static String declaredType(String name, Node at) {
    for (Node scope = at; scope != null; scope = scope.getParentNode().orElse(null)) {
      if (scope instanceof com.github.javaparser.ast.nodeTypes.NodeWithParameters<?> withParams) {
        for (Parameter p : withParams.getParameters()) {
          if (p.getNameAsString().equals(name)) {
            return p.isVarArgs() ? null : simple(p.getType());
          }
        }
      }
      if (scope instanceof MethodDeclaration) {
        for (TypePatternExpr pattern : scope.findAll(TypePatternExpr.class)) {
          if (pattern.getNameAsString().equals(name)) {
            return simple(pattern.getType());
          }
        }
      }
      List<VariableDeclarator> variables = scope instanceof MethodDeclaration
          ? scope.findAll(VariableDeclarator.class)
          : scope instanceof TypeDeclaration<?> type
              ? type.getFields().stream().flatMap(f -> f.getVariables().stream()).toList()
              : List.of();
      for (VariableDeclarator v : variables) {
        if (v.getNameAsString().equals(name)) {
          return simple(v.getType());
        }
      }
    }
    return null;
  }

  private static String simple(Type type) {
    if (type.isUnknownType() || type.isVarType()) {
      return null;
    }
    if (type.isArrayType()) {
      String component = simple(type.asArrayType().getComponentType());
      return component == null ? null : component + "[]";
    }
    return type.isClassOrInterfaceType() ? type.asClassOrInterfaceType().getNameAsString() : type.asString();
  }
}
