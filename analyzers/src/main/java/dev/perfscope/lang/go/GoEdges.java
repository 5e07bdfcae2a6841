package dev.perfscope.lang.go;

import dev.perfscope.lang.EdgeCounts;
import dev.perfscope.model.Edge;
import dev.perfscope.model.Member;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The edges between a Go file's members, by name: a top-level name of the file that the member's code does not
 * declare itself (a call {@code parse()}, a function passed {@code sort.Slice(xs, less)}, a type {@code Buffer},
 * a variable or constant); a method, or the type of a struct field, reached through a selector: of the method's
 * own type through its receiver ({@code c.server} in a method of {@code conn}), else the one of the file so named
 * ({@code c.server.trackConn(c)}); and an {@code import} edge to the path of a package it names
 * ({@code http.Get}, {@code http.Handler}). The key of a struct literal's field ({@code Server{Addr: a}}) names
 * a field, not a member.
 */
final class GoEdges {
  private final GoTree tree;
  private final String text;
  private final GoMembers members;
  private final Map<String, String> imports;
  private String receiverName;
  private String receiverType;

  GoEdges(GoTree tree, String text, GoMembers members, Map<String, String> imports) {
    this.tree = tree;
    this.text = text;
    this.members = members;
    this.imports = imports;
  }

  List<Edge> edges() {
    return EdgeCounts.perMember(members.nodes(), (name, root, counts) -> {
      receiver(root);
      Set<String> locals = GoBindings.declaredIn(tree, text, root);
      for (int n = root; n < tree.last(root); n++) {
        use(n, locals, counts);
      }
    });
  }

  private void use(int node, Set<String> locals, EdgeCounts counts) {
    byte kind = tree.kind(node);
    if (kind == Kind.PACKAGE_IDENTIFIER && tree.kind(tree.parent(node)) == Kind.QUALIFIED_TYPE) {
      imported(node, counts);
    } else if (kind == Kind.FIELD_IDENTIFIER && tree.kind(tree.parent(node)) == Kind.SELECTOR) {
      selected(node, counts);
    } else if ((kind == Kind.IDENTIFIER || kind == Kind.TYPE_IDENTIFIER) && named(node, kind)
        && !locals.contains(Units.text(tree, text, node))) {
      name(node, kind, counts);
    }
  }

  /** A name not hidden by a local: a member of the file, else a package the file imports. */
  private void name(int node, byte kind, EdgeCounts counts) {
    String member = members.declaring(Units.text(tree, text, node));
    if (member != null) {
      counts.add(edgeKind(members.members().get(member)), member);
    } else if (kind == Kind.IDENTIFIER && isOperand(node)) {
      imported(node, counts);
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

  /** The receiver's name and type while walking a method ({@code c} and {@code conn}), else nulls. */
  private void receiver(int root) {
    receiverName = null;
    receiverType = null;
    int list = tree.kind(root) == Kind.METHOD ? tree.child(root, tree.grammar.fieldReceiver) : -1;
    for (int c = list < 0 ? -1 : tree.firstChild(list); c >= 0; c = tree.nextSibling(c)) {
      int name = tree.kind(c) == Kind.PARAMETER ? tree.child(c, tree.grammar.fieldName) : -1;
      if (name >= 0) {
        receiverName = Units.text(tree, text, name);
        String method = Units.declaredName(tree, text, root);
        receiverType = method.substring(0, method.lastIndexOf('.') + 1);
      }
    }
  }

  /**
   * {@code x.name}: through the receiver, the method or field of its type; else the one method or field of the file
   * so named, unless {@code x} is a package.
   */
  private void selected(int field, EdgeCounts counts) {
    int operand = tree.child(tree.parent(field), tree.grammar.fieldOperand);
    String object = operand >= 0 && tree.kind(operand) == Kind.IDENTIFIER ? Units.text(tree, text, operand) : null;
    String name = Units.text(tree, text, field);
    if (object != null && object.equals(receiverName) && receiver(name, counts)) {
      return;
    }
    Map.Entry<String, String> owner = object != null && imports.containsKey(object) ? null : members.selected(name);
    if (owner != null) {
      counts.add(owner.getValue(), owner.getKey());
    }
  }

  /** {@code c.name} through the receiver: a method of its type, or a field (an edge to the type); whether either. */
  private boolean receiver(String name, EdgeCounts counts) {
    Member method = members.members().get(receiverType + name);
    String type = receiverType.substring(0, receiverType.length() - 1);
    if (method != null) {
      counts.add("call", method.name());
    } else if (members.hasField(type, name) && members.members().containsKey(type)) {
      counts.add("field", type);
    }
    return method != null || members.hasField(type, name);
  }

  private static String edgeKind(Member member) {
    return switch (member.kind()) {
      case "function", "method" -> "call";
      case "type" -> "type";
      default -> "field";
    };
  }
}
