package dev.perfscope.lang.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import dev.perfscope.model.Member;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The members of a file's top-level types, each with the node it is declared by: methods, constructors,
 * initializers, fields (one per variable), enum constants and nested types, named {@code Type.member}. A
 * repeated name (an overload) gets its line: {@code Type.parse@120}.
 */
final class StructureFinder {
  private final Map<String, Member> members = new LinkedHashMap<>();
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Set<String> topTypes = new HashSet<>();
  private final boolean allTypesDeprecated;

  StructureFinder(CompilationUnit unit) {
    allTypesDeprecated = !unit.getTypes().isEmpty() && unit.getTypes().stream().allMatch(StructureFinder::isDeprecated);
    for (TypeDeclaration<?> type : unit.getTypes()) {
      topTypes.add(type.getNameAsString());
      if (type instanceof EnumDeclaration e) {
        e.getEntries().forEach(constant -> add(type, constant.getNameAsString(), "constant", constant, List.of()));
      }
      type.getMembers().forEach(member -> member(type, member));
    }
  }

  Map<String, Member> members() {
    return members;
  }

  /** The declaring node of each member, by member name. */
  Map<String, Node> nodes() {
    return nodes;
  }

  Set<String> topTypes() {
    return topTypes;
  }

  /** Whether every top-level type of the file is {@code @Deprecated}: the file goes when they do. */
  boolean allTypesDeprecated() {
    return allTypesDeprecated;
  }

  private void member(TypeDeclaration<?> type, BodyDeclaration<?> member) {
    if (member instanceof FieldDeclaration field) {
      field.getVariables().forEach(v -> add(type, v.getNameAsString(), "field", field, List.of()));
    } else if (member instanceof CallableDeclaration<?> callable) {
      String kind = callable.isConstructorDeclaration() ? "constructor" : "method";
      add(type, callable.getNameAsString(), kind, member,
          callable.getParameters().stream().map(Parameter::getNameAsString).toList());
    } else if (member instanceof CompactConstructorDeclaration compact) {
      add(type, compact.getNameAsString(), "constructor", member, List.of());
    } else if (member instanceof InitializerDeclaration init) {
      add(type, init.isStatic() ? "static{}" : "{}", "initializer", member, List.of());
    } else if (member instanceof TypeDeclaration<?> nested) {
      add(type, nested.getNameAsString(), "type", member, List.of());
    } else if (member instanceof NodeWithSimpleName<?> named) {
      add(type, named.getNameAsString(), "method", member, List.of()); // annotation elements
    }
  }

  /** Marked {@code @Deprecated} (or {@code @java.lang.Deprecated}). */
  private static boolean isDeprecated(Node node) {
    return node instanceof NodeWithAnnotations<?> annotated && annotated.getAnnotations().stream()
        .anyMatch(a -> a.getNameAsString().equals("Deprecated") || a.getNameAsString().equals("java.lang.Deprecated"));
  }

  private void add(TypeDeclaration<?> type, String simple, String kind, Node node, List<String> params) {
    String name = type.getNameAsString() + "." + simple;
    int start = node.getBegin().orElseThrow().line;
    if (members.containsKey(name)) {
      name = name + "@" + start;
    }
    Member member = Member.of(name, kind, start, node.getEnd().orElseThrow().line, params);
    member = PublishedApi.of(type, node) ? member.asPublished() : member;
    members.put(name, isDeprecated(type) || isDeprecated(node) ? member.asDeprecated() : member);
    nodes.put(name, node);
  }
}
