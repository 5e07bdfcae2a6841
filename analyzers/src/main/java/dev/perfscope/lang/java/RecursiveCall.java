package dev.perfscope.lang.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithParameters;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.Type;
import java.util.List;
import java.util.Map;

/**
 * Tells, without type resolution, whether a call is a call of a given method: the same name, an argument
 * count it accepts, a receiver that is absent or evidently of the declaring class, and no argument whose
 * evident type (from a literal, cast, {@code new}, declared variable or a sibling method's return type)
 * rules it out or makes a same-arity overload declared beside it the better fit.
 */
final class RecursiveCall {
  private static final Map<String, String> BOXES = Map.of("int", "Integer", "long", "Long", "char", "Character",
      "boolean", "Boolean", "byte", "Byte", "short", "Short", "float", "Float", "double", "Double");
  private static final Map<String, String> WIDENS_TO = Map.of("byte", "short int long float double",
      "short", "int long float double", "char", "int long float double", "int", "long float double",
      "long", "float double", "float", "double");
  private static final int MISMATCH = -1;
  private static final Map<Class<?>, String> LITERAL_TYPES = Map.of(StringLiteralExpr.class, "String",
      TextBlockLiteralExpr.class, "String", IntegerLiteralExpr.class, "int", LongLiteralExpr.class, "long",
      BooleanLiteralExpr.class, "boolean", CharLiteralExpr.class, "char", NullLiteralExpr.class, "null");

  private RecursiveCall() {}

  static boolean isCallOf(MethodCallExpr call, MethodDeclaration method) {
    if (!call.getName().equals(method.getName()) || !accepts(method, call)
        || !(method.getParentNode().orElse(null) instanceof TypeDeclaration<?> type)) {
      return false;
    }
    if (call.getScope().isPresent() && !type.getNameAsString().equals(receiverType(call.getScope().get(), type))) {
      return false;
    }
    int own = score(call, method);
    return own != MISMATCH && type.getMethodsByName(method.getNameAsString()).stream()
        .filter(other -> other != method && accepts(other, call))
        .allMatch(other -> score(call, other) < own);
  }

  private static boolean accepts(MethodDeclaration m, MethodCallExpr call) {
    int params = m.getParameters().size();
    int args = call.getArguments().size();
    return args == params || (params > 0 && m.getParameter(params - 1).isVarArgs() && args >= params - 1);
  }

  /** How many arguments evidently have exactly their parameter's type, or MISMATCH if one cannot be passed. */
  private static int score(MethodCallExpr call, MethodDeclaration m) {
    int exact = 0;
    for (int i = 0; i < call.getArguments().size() && i < m.getParameters().size(); i++) {
      int fit = fit(typeOf(call.getArgument(i)), m.getParameter(i), call);
      if (fit == MISMATCH) {
        return MISMATCH;
      }
      exact += fit;
    }
    return exact;
  }

  /** 1 if an argument of evident type {@code known} has exactly the parameter's type, MISMATCH if it cannot be passed. */
  private static int fit(String known, Parameter param, MethodCallExpr call) {
    String wanted = simple(param.getType());
    if (known == null || wanted == null || isTypeVariable(known, call)) {
      return 0;
    }
    if (known.equals(wanted) || param.isVarArgs() && known.equals(wanted + "[]")) {
      return 1;
    }
    return param.isVarArgs() || assignable(known, wanted, param) ? 0 : MISMATCH;
  }

  /**
   * Whether an argument of type {@code known} can be passed without boxing (a boxing call more likely means an
   * overload declared elsewhere); distinct class names count as different, as recursion rarely passes a subtype.
   */
  private static boolean assignable(String known, String wanted, Parameter param) {
    boolean wantedPrimitive = param.getType().isPrimitiveType();
    boolean knownPrimitive = BOXES.containsKey(known);
    if (wanted.equals("Object") || isTypeVariable(wanted, param)) {
      return true;
    } else if (known.equals("null")) {
      return !wantedPrimitive;
    } else if (knownPrimitive && wantedPrimitive) {
      return WIDENS_TO.getOrDefault(known, "").contains(wanted);
    }
    return false;
  }

  private static boolean isTypeVariable(String name, Node at) {
    for (Node n = at; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof NodeWithTypeParameters<?> generic
          && generic.getTypeParameters().stream().anyMatch(t -> t.getNameAsString().equals(name))) {
        return true;
      }
    }
    return false;
  }

  /** The class a call's receiver evidently is, or null if it takes type resolution to know. */
  private static String receiverType(Expression scope, TypeDeclaration<?> declaring) {
    String declaringName = declaring.getNameAsString();
    if (scope.isThisExpr()) {
      return scope.asThisExpr().getTypeName().map(Object::toString).orElse(declaringName);
    } else if (scope.isNameExpr() && scope.asNameExpr().getNameAsString().equals(declaringName)) {
      return declaringName;
    } else if (scope.isEnclosedExpr()) {
      return receiverType(scope.asEnclosedExpr().getInner(), declaring);
    } else if (scope.isArrayAccessExpr()) {
      String array = receiverType(scope.asArrayAccessExpr().getName(), declaring);
      return array != null && array.endsWith("[]") ? array.substring(0, array.length() - 2) : null;
    } else if (scope.isFieldAccessExpr() && scope.asFieldAccessExpr().getScope().isThisExpr()) {
      return declaredType(scope.asFieldAccessExpr().getNameAsString(), scope);
    }
    return typeOf(scope);
  }

  /** The type an expression evidently has, or null if it takes type resolution to know. */
  private static String typeOf(Expression e) {
    String literal = LITERAL_TYPES.get(e.getClass());
    if (literal != null) {
      return literal;
    } else if (e.isCastExpr()) {
      return simple(e.asCastExpr().getType());
    } else if (e.isObjectCreationExpr()) {
      return e.asObjectCreationExpr().getType().getNameAsString();
    } else if (e.isNameExpr()) {
      return declaredType(e.asNameExpr().getNameAsString(), e);
    } else if (e.isMethodCallExpr() && e.asMethodCallExpr().getScope().filter(s -> !s.isThisExpr()).isEmpty()) {
      return returnType(e.asMethodCallExpr());
    }
    return null;
  }

  /** The return type shared by every method of that name in the class around an unqualified call. */
  private static String returnType(MethodCallExpr call) {
    return call.findAncestor(TypeDeclaration.class)
        .map(type -> ((TypeDeclaration<?>) type).getMethodsByName(call.getNameAsString()).stream()
            .map(m -> simple(m.getType())).distinct().toList())
        .filter(types -> types.size() == 1)
        .map(types -> types.get(0))
        .orElse(null);
  }

  /** The declared type of the nearest parameter, local or pattern variable, or field of that name. */
  private static String declaredType(String name, Node at) {
    for (Node scope = at; scope != null; scope = scope.getParentNode().orElse(null)) {
      String type = declaredIn(scope, name);
      if (type != null) {
        return type;
      }
    }
    return null;
  }

  /** The type {@code name} is declared with directly in {@code scope}, or null. */
  private static String declaredIn(Node scope, String name) {
    if (scope instanceof NodeWithParameters<?> withParams) {
      for (Parameter p : withParams.getParameters()) {
        if (p.getNameAsString().equals(name)) {
          String type = simple(p.getType());
          return p.isVarArgs() && type != null ? type + "[]" : type;
        }
      }
    }
    if (scope instanceof MethodDeclaration) {
      return scope.findAll(TypePatternExpr.class).stream().filter(p -> p.getNameAsString().equals(name))
          .findFirst().map(p -> simple(p.getType()))
          .orElseGet(() -> variableType(scope.findAll(VariableDeclarator.class), name));
    }
    if (scope instanceof TypeDeclaration<?> type) {
      return variableType(type.getFields().stream().flatMap(f -> f.getVariables().stream()).toList(), name);
    }
    return null;
  }

  private static String variableType(List<VariableDeclarator> variables, String name) {
    return variables.stream().filter(v -> v.getNameAsString().equals(name)).findFirst()
        .map(v -> simple(v.getType())).orElse(null);
  }

  /** {@code var}, which {@link JavaParsers} leaves as a type named so (no Java type may take that name). */
  private static boolean isVar(Type type) {
    return type.isClassOrInterfaceType() && type.asClassOrInterfaceType().getNameWithScope().equals("var");
  }

  /** A type's name as written, without type arguments ({@code Map.Entry}, {@code int[]}), or null for {@code var}. */
  private static String simple(Type type) {
    if (type.isUnknownType() || type.isVarType() || isVar(type)) {
      return null;
    } else if (type.isArrayType()) {
      String component = simple(type.asArrayType().getComponentType());
      return component == null ? null : component + "[]";
    }
    return type.isClassOrInterfaceType() ? type.asClassOrInterfaceType().getNameWithScope() : type.asString();
  }
}
