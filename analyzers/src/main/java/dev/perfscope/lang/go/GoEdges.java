package dev.perfscope.lang.go;

import dev.perfscope.lang.EdgeCounts;
import dev.perfscope.model.Edge;
import dev.perfscope.model.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The edges between a Go file's members, by name: a top-level name of the file that the member's code does not
 * declare itself (a call {@code parse()}, a function passed {@code sort.Slice(xs, less)}, a type {@code Buffer},
 * a variable or constant); a method or struct field reached through a selector ({@code c.server.trackConn(c)}) when
 * exactly one type of the file has one so named; and an {@code import} edge to the path of a package it names
 * ({@code http.Get}, {@code http.Handler}). The key of a struct literal's field ({@code Server{Addr: a}}) names
 * a field, not a member.
 */
final class GoEdges {
  private final GoTree tree;
  private final String text;
  private final GoMembers members;
  private final Map<String, String> imports;

  GoEdges(GoTree tree, String text, GoMembers members, Map<String, String> imports) {
    this.tree = tree;
    this.text = text;
    this.members = members;
    this.imports = imports;
  }

  List<Edge> edges() {
    List<Edge> edges = new ArrayList<>();
    members.nodes().forEach((name, code) -> {
      EdgeCounts counts = new EdgeCounts();
      for (int root : code) {
        Set<String> locals = GoBindings.declaredIn(tree, text, root);
        for (int n = root; n < tree.last(root); n++) {
          use(n, locals, counts);
        }
      }
      counts.addEdges(name, edges);
    });
    return edges;
  }

  private void use(int node, Set<String> locals, EdgeCounts counts) {
    byte kind = tree.kind(node);
    if (kind == Kind.PACKAGE_IDENTIFIER && tree.kind(tree.parent(node)) == Kind.QUALIFIED_TYPE) {
      imported(node, counts);
    } else if (kind == Kind.FIELD_IDENTIFIER && tree.kind(tree.parent(node)) == Kind.SELECTOR) {
      selected(node, counts);
    } else if ((kind == Kind.IDENTIFIER || kind == Kind.TYPE_IDENTIFIER) && named(node, kind)) {
      String name = Units.text(tree, text, node);
      if (locals.contains(name)) {
        return;
      }
      String member = members.declaring(name);
      if (member != null) {
        counts.add(edgeKind(members.members().get(member)), member);
      } else if (kind == Kind.IDENTIFIER && isOperand(node)) {
        imported(node, counts);
      }
    }
  }

  /** Whether {@code node} names something rather than a field: not a type's name inside {@code pkg.T}, nor a key. */
  private boolean named(int node, byte kind) {
    int parent = tree.parent(node);
    if (kind == Kind.TYPE_IDENTIFIER) {
      return tree.kind(parent) != Kind.QUALIFIED_TYPE;
    }
    int keyed = tree.parent(parent);
    return !(tree.kind(parent) == Kind.LITERAL_ELEMENT && tree.kind(keyed) == Kind.KEYED_ELEMENT
        && tree.firstChild(keyed) == parent);
  }

  private boolean isOperand(int identifier) {
    int parent = tree.parent(identifier);
    return tree.kind(parent) == Kind.SELECTOR && tree.field(identifier) == tree.grammar.fieldOperand;
  }

  private void imported(int node, EdgeCounts counts) {
    String path = imports.get(Units.text(tree, text, node));
    if (path != null) {
      counts.add("import", path);
    }
  }

  /** {@code x.name}: the one type of the file with a method or field so named, unless {@code x} is a package. */
  private void selected(int field, EdgeCounts counts) {
    int operand = tree.child(tree.parent(field), tree.grammar.fieldOperand);
    if (operand >= 0 && tree.kind(operand) == Kind.IDENTIFIER && imports.containsKey(Units.text(tree, text, operand))) {
      return;
    }
    Map.Entry<String, String> owner = members.selected(Units.text(tree, text, field));
    if (owner != null) {
      counts.add(owner.getValue(), owner.getKey());
    }
  }

  private static String edgeKind(Member member) {
    return switch (member.kind()) {
      case "function", "method" -> "call";
      case "type" -> "type";
      default -> "field";
    };
  }
}
