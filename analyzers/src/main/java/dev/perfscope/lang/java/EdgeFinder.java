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
 * same name, a use of a nested type, and a use of an imported name.
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
      List<Node> walked = new ArrayList<>();
      Preorder.walk(node, n -> {
        local(n, locals);
        walked.add(n);
      });
      walked.forEach(n -> reference(n, locals, members, counts));
      counts.addEdges(name, edges);
    });
    return edges;
  }

  private void reference(Node n, Set<String> locals, Map<String, Member> members, EdgeCounts counts) {
    if (n instanceof MethodCallExpr call && ownScope(call.getScope().orElse(null))) {
      link(call.getNameAsString(), "method", members, counts);
      if (call.getScope().isEmpty()) {
        importUse(call.getNameAsString(), counts);
      }
    } else if (n instanceof MethodReferenceExpr ref && ownScope(ref.getScope())) {
      link(ref.getIdentifier(), "method", members, counts);
    } else {
      nameReference(n, locals, members, counts);
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
