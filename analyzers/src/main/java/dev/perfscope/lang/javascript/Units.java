package dev.perfscope.lang.javascript;

import dev.perfscope.lang.Cancellation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The functions and classes of a tree in document order. A unit is a function declaration or expression
 * (generators included), an arrow function, a method (getters and setters too) or a class static block; one
 * with a body only, so TypeScript's signatures and abstract methods are none. Units and classes are named by
 * their enclosing units and classes joined with dots ({@code Outer.inner}); a function without a name of its own
 * takes the name it is bound to (variable, property, field, assignment target), else {@code <anonymous>}.
 */
final class Units {
  static final String ANONYMOUS = "<anonymous>";

  record Unit(int node, String name) {}

  record Named(int node, int nameNode, String name) {}

  final List<Unit> units = new ArrayList<>();
  final List<Named> declarations = new ArrayList<>();
  int classes;

  static Units of(ScriptTree tree, String text) {
    Units found = new Units();
    Deque<Integer> openEnds = new ArrayDeque<>();
    Deque<String> names = new ArrayDeque<>();
    for (int node = 0; node < tree.size(); node++) {
      while (!openEnds.isEmpty() && node >= openEnds.peek()) {
        openEnds.pop();
        names.removeLast();
      }
      byte kind = tree.kind(node);
      boolean function = Kind.isFunction(kind) && hasBody(tree, node, kind);
      if (function || kind == Kind.CLASS) {
        Cancellation.checkpoint();
        int nameNode = nameNode(tree, node, kind);
        String own = ownName(tree, text, kind, nameNode);
        String qualified = names.isEmpty() ? own : String.join(".", names) + "." + own;
        found.add(node, nameNode, qualified, function);
        openEnds.push(tree.last(node));
        names.addLast(own);
      }
    }
    return found;
  }

  private void add(int node, int nameNode, String qualified, boolean function) {
    if (function) {
      units.add(new Unit(node, qualified));
    } else {
      classes++;
    }
    declarations.add(new Named(node, nameNode, qualified));
  }

  private static String ownName(ScriptTree tree, String text, byte kind, int nameNode) {
    if (kind == Kind.STATIC_BLOCK) {
      return "static";
    }
    return nameNode >= 0 ? text.substring(tree.start(nameNode), tree.end(nameNode)).replaceAll("\\s+", " ") : ANONYMOUS;
  }

  private static boolean hasBody(ScriptTree tree, int node, byte kind) {
    return kind == Kind.ARROW_FUNCTION || kind == Kind.STATIC_BLOCK || tree.child(node, tree.grammar.fieldBody) >= 0;
  }

  /** The node holding the unit's or class's name: its own, or that of what it is bound to; -1 for none. */
  static int nameNode(ScriptTree tree, int node, byte kind) {
    Grammar g = tree.grammar;
    int own = tree.child(node, g.fieldName);
    if (own >= 0 || kind == Kind.FUNCTION_DECLARATION || kind == Kind.METHOD) {
      return own;
    }
    int parent = tree.parent(node);
    if (parent < 0) {
      return -1;
    }
    return switch (tree.kind(parent)) {
      case Kind.VARIABLE_DECLARATOR -> simpleName(tree, tree.child(parent, g.fieldName));
      case Kind.ASSIGNMENT -> simpleName(tree, tree.child(parent, g.fieldLeft));
      case Kind.PAIR -> tree.child(parent, g.fieldKey);
      case Kind.FIELD -> {
        int property = tree.child(parent, g.fieldProperty);
        yield property >= 0 ? property : tree.child(parent, g.fieldName);
      }
      default -> -1;
    };
  }

  /** An identifier as is; a member expression by its last property ({@code this.onClick} is {@code onClick}). */
  private static int simpleName(ScriptTree tree, int node) {
    if (node < 0) {
      return -1;
    }
    if (tree.kind(node) == Kind.MEMBER_EXPRESSION) {
      return tree.child(node, tree.grammar.fieldProperty);
    }
    return tree.firstChild(node) < 0 ? node : -1; // a destructuring pattern names nothing
  }
}
