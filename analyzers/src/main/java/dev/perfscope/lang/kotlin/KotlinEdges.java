package dev.perfscope.lang.kotlin;

import dev.perfscope.lang.EdgeCounts;
import dev.perfscope.model.Edge;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The edges between a Kotlin file's members, by name: a name of the file that the member's code does not declare
 * itself, called ({@code parse()}), referenced ({@code ::parse}), read or written (a property) or naming a type
 * ({@code Cart}, {@code Cart("a")}, {@code Registry.all}); in the dominant class's code, the class's own members
 * first, by their bare names or through {@code this} ({@code this.items}); and an {@code import} edge to the
 * qualified name of an import it names ({@code max(a, b)}, {@code Cash.ZERO} for {@code import a.Money as Cash}).
 * What follows a dot on anything but {@code this} ({@code cart.items}) is left alone: which class it is needs
 * types. A named argument ({@code f(limit = 2)}) names a parameter, not a member.
 */
final class KotlinEdges {
  private final KotlinTree tree;
  private final String text;
  private final KotlinMembers members;
  private final Map<String, String> imports;

  KotlinEdges(KotlinTree tree, String text, KotlinMembers members, Map<String, String> imports) {
    this.tree = tree;
    this.text = text;
    this.members = members;
    this.imports = imports;
  }

  List<Edge> edges() {
    return EdgeCounts.perMember(members.nodes(), (name, root, counts) -> {
      Set<String> locals = declaredIn(tree, text, root);
      for (int n = root + 1; n < tree.last(root); n++) {
        use(name, n, locals, counts);
      }
    });
  }

  private void use(String from, int node, Set<String> locals, EdgeCounts counts) {
    byte kind = tree.kind(node);
    boolean named = kind == Kind.IDENTIFIER && isReference(node)
        || kind == Kind.TYPE_IDENTIFIER && tree.kind(tree.parent(node)) == Kind.USER_TYPE;
    if (named && !locals.contains(tree.text(text, node))) {
      name(from, tree.text(text, node), counts);
    } else if (kind == Kind.IDENTIFIER && isThisSuffix(node)) {
      String member = members.ofClass(tree.text(text, node));
      if (member != null) {
        counts.add(edgeKind(member), member);
      }
    }
  }

  /** A name not hidden by a local: a member of the file, else an import. */
  private void name(String from, String name, EdgeCounts counts) {
    String member = members.declaring(name, from);
    if (member != null) {
      counts.add(edgeKind(member), member);
    } else if (imports.containsKey(name)) {
      counts.add("import", imports.get(name));
    }
  }

  /**
   * Whether an identifier refers to something by its bare name: not a declaration's own name, not what follows a
   * dot, not a named argument's name, not a package or import path.
   */
  private boolean isReference(int identifier) {
    int parent = tree.parent(identifier);
    return switch (tree.kind(parent)) {
      case Kind.FUNCTION, Kind.VARIABLE, Kind.PARAMETER, Kind.CLASS_PARAMETER, Kind.CATCH, Kind.ENUM_ENTRY,
          Kind.NAVIGATION_SUFFIX, Kind.PATH -> false;
      case Kind.VALUE_ARGUMENT -> tree.nextSibling(identifier) < 0;
      default -> true;
    };
  }

  /** {@code this.name}: the name after a dot on {@code this}. */
  private boolean isThisSuffix(int identifier) {
    int suffix = tree.parent(identifier);
    if (members.className() == null || tree.kind(suffix) != Kind.NAVIGATION_SUFFIX) {
      return false;
    }
    int receiver = tree.firstChild(tree.parent(suffix));
    return receiver >= 0 && receiver != suffix && tree.kind(receiver) == Kind.THIS;
  }

  private String edgeKind(String member) {
    return switch (members.members().get(member).kind()) {
      case "function", "method", "constructor" -> "call";
      case "type" -> "type";
      default -> "field";
    };
  }

  /** The names declared in {@code root}'s code: parameters, variables, caught exceptions; locals shadow the file's. */
  static Set<String> declaredIn(KotlinTree tree, String text, int root) {
    Set<String> names = new HashSet<>();
    for (int n = root + 1; n < tree.last(root); n++) {
      if (tree.kind(n) == Kind.IDENTIFIER && declares(tree, n)) {
        names.add(tree.text(text, n));
      }
    }
    return names;
  }

  /** Whether an identifier is the name a parameter (a constructor's too), variable or caught exception declares. */
  static boolean declares(KotlinTree tree, int identifier) {
    byte parent = tree.kind(tree.parent(identifier));
    return parent == Kind.VARIABLE || parent == Kind.PARAMETER || parent == Kind.CLASS_PARAMETER || parent == Kind.CATCH;
  }
}
