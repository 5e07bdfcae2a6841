package dev.perfscope.lang.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.perfscope.lang.EdgeCounts;
import dev.perfscope.model.Edge;
import dev.perfscope.model.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The edges between a file's members, found by name: a call to a method of the file ({@code f()},
 * {@code this.f()}, {@code Type.f()}, {@code this::f}), a use of one of its fields not hidden by a local of the
 * same name, a use of a nested type, and a use of an imported name. A call or field access through a variable
 * whose type is a top-level type of the file ({@code map.size()} in a nested view holding {@code HashedMap map})
 * is a use of that type's member as much as {@code this.size()} is: nested views, iterators and entries reach
 * the class they serve that way.
 */
final class EdgeFinder {
  /** The {@code @2} that tells overloads apart in member names. */
  private static final Pattern OVERLOAD_SUFFIX = Pattern.compile("@\\d+$");

  private final Map<String, List<String>> bySimpleName = new HashMap<>();
  private final Map<String, String> imports = new HashMap<>();
  private final Set<String> topTypes;

  EdgeFinder(CompilationUnit unit, StructureFinder structure) {
    topTypes = structure.topTypes();
    for (Member member : structure.members().values()) {
      String simple = OVERLOAD_SUFFIX.matcher(member.simpleName()).replaceFirst("");
      bySimpleName.computeIfAbsent(simple, k -> new ArrayList<>()).add(member.name());
    }
    for (ImportDeclaration i : unit.getImports()) {
      if (!i.isAsterisk()) {
        imports.put(i.getName().getIdentifier(), i.getNameAsString());
      }
    }
  }

  List<Edge> edges(Map<String, Node> nodes, Map<String, Member> members) {
    List<Edge> edges = new ArrayList<>();
    nodes.forEach((name, node) -> {
      EdgeCounts counts = new EdgeCounts();
      Set<String> locals = new HashSet<>();
      Map<String, Boolean> ofTopType = new HashMap<>();
      List<Node> walked = new ArrayList<>();
      Preorder.walk(node, n -> {
        local(n, locals);
        variableOfTopType(n, ofTopType);
        walked.add(n);
      });
      Set<String> throughTopType = new HashSet<>();
      ofTopType.forEach((variable, always) -> {
        if (always) {
          throughTopType.add(variable);
        }
      });
      walked.forEach(n -> reference(n, locals, throughTopType, members, counts));
      counts.addEdges(name, edges);
    });
    return edges;
  }

  private void reference(Node n, Set<String> locals, Set<String> throughTopType, Map<String, Member> members,
      EdgeCounts counts) {
    if (n instanceof MethodCallExpr call && (ownScope(call.getScope().orElse(null))
        || throughTopType(call.getScope().orElse(null), throughTopType))) {
      link(call.getNameAsString(), "method", members, counts);
      if (call.getScope().isEmpty()) {
        importUse(call.getNameAsString(), counts);
      }
    } else if (n instanceof MethodReferenceExpr ref && ownScope(ref.getScope())) {
      link(ref.getIdentifier(), "method", members, counts);
    } else {
      nameReference(n, locals, members, counts);
      if (n instanceof FieldAccessExpr access && throughTopType(access.getScope(), throughTopType)) {
        link(access.getNameAsString(), "field", members, counts);
      }
    }
  }

  private static boolean throughTopType(Node scope, Set<String> throughTopType) {
    return scope instanceof NameExpr name && throughTopType.contains(name.getNameAsString());
  }

  /**
   * Notes each variable, parameter and field declared in a member: true while every declaration of its name has
   * a top-level type of the file ({@code HashedMap map}), false once one has another type.
   */
  private void variableOfTopType(Node n, Map<String, Boolean> ofTopType) {
    String variable = null;
    com.github.javaparser.ast.type.Type type = null;
    if (n instanceof Parameter p) {
      variable = p.getNameAsString();
      type = p.getType();
    } else if (n instanceof VariableDeclarator v) {
      variable = v.getNameAsString();
      type = v.getType();
    }
    if (variable != null) {
      boolean top = type instanceof ClassOrInterfaceType t && t.getScope().isEmpty()
          && topTypes.contains(t.getNameAsString());
      ofTopType.merge(variable, top, Boolean::logicalAnd);
    }
  }

  /** A field, nested type or imported name. */
  private void nameReference(Node n, Set<String> locals, Map<String, Member> members, EdgeCounts counts) {
    if (n instanceof NameExpr name && !locals.contains(name.getNameAsString())) {
      link(name.getNameAsString(), "field", members, counts);
      link(name.getNameAsString(), "type", members, counts);
      importUse(name.getNameAsString(), counts);
    } else if (n instanceof FieldAccessExpr access && ownScope(access.getScope())) {
      link(access.getNameAsString(), "field", members, counts);
    } else if (n instanceof ClassOrInterfaceType type && type.getScope().isEmpty()) {
      link(type.getNameAsString(), "type", members, counts);
      importUse(type.getNameAsString(), counts);
    }
  }

  private boolean ownScope(Node scope) {
    return scope == null || scope instanceof ThisExpr
        || scope instanceof NameExpr name && topTypes.contains(name.getNameAsString())
        || scope instanceof com.github.javaparser.ast.expr.TypeExpr type && topTypes.contains(type.toString());
  }

  private void link(String simple, String kind, Map<String, Member> members, EdgeCounts counts) {
    for (String target : bySimpleName.getOrDefault(simple, List.of())) {
      String memberKind = members.get(target).kind();
      boolean matches = kind.equals("method") ? memberKind.equals("method") : memberKind.equals(kind);
      if (matches) {
        counts.add(kind.equals("method") ? "call" : kind, target);
      }
    }
  }

  private void importUse(String simple, EdgeCounts counts) {
    String imported = imports.get(simple);
    if (imported != null) {
      counts.add("import", imported);
    }
  }

  /** Parameters and local variables declared inside a member: they hide fields of the same name. */
  private static void local(Node n, Set<String> names) {
    if (n instanceof Parameter p) {
      names.add(p.getNameAsString());
    } else if (n instanceof VariableDeclarator v && !(n.getParentNode().orElse(null)
        instanceof com.github.javaparser.ast.body.FieldDeclaration)) {
      names.add(v.getNameAsString());
    }
  }

}
