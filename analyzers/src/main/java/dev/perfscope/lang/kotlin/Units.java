package dev.perfscope.lang.kotlin;

import dev.perfscope.lang.Cancellation;
import java.util.ArrayList;
import java.util.List;

/**
 * The units and types of a Kotlin tree in document order. A unit is what detekt's complexity rules measure: a
 * named function ({@code fun}, members, extensions, functions of objects and companions) or an anonymous function
 * ({@code fun(x) = ...}) with a body, that is not inside another function; a function inside a function (local
 * functions, functions of local classes and object expressions) is part of the enclosing unit, as detekt counts
 * it. Lambdas, property accessors, {@code init} blocks and constructors are not units (detekt measures none of
 * them); a lambda's code belongs to the function it is written in. A unit is named by its enclosing classes,
 * objects ({@code Companion} for an unnamed companion) and properties joined with dots ({@code Outer.Companion.f});
 * an anonymous function takes the name of the property it initializes, else {@code <anonymous>}.
 */
final class Units {
  static final String ANONYMOUS = "<anonymous>";

  /** A unit or a type: its node, the node its line is taken from, and its qualified name. */
  record Named(int node, int nameNode, String name) {}

  final List<Named> units = new ArrayList<>();
  final List<Named> types = new ArrayList<>();

  static Units of(KotlinTree tree, String text) {
    Units found = new Units();
    for (int node = 0; node < tree.size(); node++) {
      byte kind = tree.kind(node);
      if (Kind.isType(kind)) {
        int nameNode = nameOf(tree, node);
        found.types.add(new Named(node, nameNode < 0 ? node : nameNode, qualified(tree, text, node)));
      } else if (Kind.isFunction(kind)) {
        Cancellation.checkpoint();
        if (tree.has(node, Kind.FUNCTION_BODY)) {
          int nameNode = nameOf(tree, node);
          found.units.add(new Named(node, nameNode < 0 ? node : nameNode, qualified(tree, text, node)));
        }
        node = tree.last(node) - 1; // what a function holds belongs to it
      }
    }
    return found;
  }

  /** The node naming a function or type: its own identifier; -1 for an anonymous function or unnamed companion. */
  private static int nameOf(KotlinTree tree, int node) {
    int name = tree.childOf(node, Kind.IDENTIFIER);
    return name >= 0 ? name : tree.childOf(node, Kind.TYPE_IDENTIFIER);
  }

  private static String qualified(KotlinTree tree, String text, int node) {
    StringBuilder name = new StringBuilder(ownName(tree, text, node));
    for (int p = tree.parent(node); p >= 0; p = tree.parent(p)) {
      byte kind = tree.kind(p);
      if (Kind.isType(kind) || (kind == Kind.PROPERTY && p != tree.parent(node))) {
        name.insert(0, ownName(tree, text, p) + ".");
      }
    }
    return name.toString();
  }

  private static String ownName(KotlinTree tree, String text, int node) {
    byte kind = tree.kind(node);
    if (kind == Kind.PROPERTY) {
      return propertyName(tree, text, node);
    }
    int name = nameOf(tree, node);
    if (name >= 0) {
      return text.substring(tree.start(name), tree.end(name));
    }
    if (kind == Kind.COMPANION) {
      return "Companion";
    }
    int parent = tree.parent(node);
    return parent >= 0 && tree.kind(parent) == Kind.PROPERTY ? propertyName(tree, text, parent) : ANONYMOUS;
  }

  private static String propertyName(KotlinTree tree, String text, int property) {
    int variable = tree.childOf(property, Kind.VARIABLE);
    int name = variable < 0 ? -1 : tree.childOf(variable, Kind.IDENTIFIER);
    return name < 0 ? ANONYMOUS : text.substring(tree.start(name), tree.end(name));
  }
}
