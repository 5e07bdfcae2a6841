package dev.perfscope.lang.go;

import dev.perfscope.lang.Cancellation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The units of a Go file in document order: function declarations ({@code f}), methods named by their receiver's
 * type ({@code Buffer.Write}, pointer and type arguments left out) and function literals, each a unit of its own
 * named inside the unit around it ({@code f.inner}). A literal takes the name it is bound to ({@code inner := func()
 * ...}, {@code var inner = func() ...}, {@code x.inner = func() ...}, {@code Field: func() ...}), else
 * {@code funcN}, its place among the literals of the unit around it, as Go's stack traces number closures
 * ({@code f.func2}). Also counts the file's type declarations ({@code type T ...}, aliases too).
 */
final class Units {
  record Unit(int node, String name, String ownName) {}

  final List<Unit> units = new ArrayList<>();
  int types;

  static Units of(GoTree tree, String text) {
    Units found = new Units();
    Deque<Integer> openEnds = new ArrayDeque<>();
    Deque<String> names = new ArrayDeque<>();
    Deque<int[]> literalCounts = new ArrayDeque<>();
    literalCounts.push(new int[1]);
    for (int node = 0; node < tree.size(); node++) {
      while (!openEnds.isEmpty() && node >= openEnds.peek()) {
        openEnds.pop();
        names.removeLast();
        literalCounts.pop();
      }
      byte kind = tree.kind(node);
      if (kind == Kind.TYPE_SPEC) {
        found.types++;
      }
      if (!Kind.isUnit(kind) || tree.child(node, tree.grammar.fieldBody) < 0) {
        continue; // an assembly-backed declaration has no body
      }
      Cancellation.checkpoint();
      boolean literal = kind == Kind.FUNC_LITERAL;
      String own = literal ? literalName(tree, text, node, ++literalCounts.peek()[0]) : declaredName(tree, text, node);
      String qualified = names.isEmpty() ? own : String.join(".", names) + "." + own;
      found.units.add(new Unit(node, qualified, literal ? null : text(tree, text, tree.child(node, tree.grammar.fieldName))));
      openEnds.push(tree.last(node));
      names.addLast(own);
      literalCounts.push(new int[1]);
    }
    return found;
  }

  static String declaredName(GoTree tree, String text, int node) {
    String name = text(tree, text, tree.child(node, tree.grammar.fieldName));
    if (tree.kind(node) != Kind.METHOD) {
      return name;
    }
    int receiver = tree.child(node, tree.grammar.fieldReceiver);
    for (int c = receiver < 0 ? -1 : tree.firstChild(receiver); c >= 0; c = tree.nextSibling(c)) {
      if (tree.kind(c) == Kind.PARAMETER) {
        return receiverType(tree, text, tree.child(c, tree.grammar.fieldType)) + "." + name;
      }
    }
    return name;
  }

  /** {@code *Buffer[T]} is {@code Buffer}. */
  static String receiverType(GoTree tree, String text, int type) {
    int n = type;
    while (n >= 0 && tree.kind(n) == Kind.TYPE_WRAPPER) {
      int inner = tree.child(n, tree.grammar.fieldType);
      n = inner >= 0 ? inner : firstNamed(tree, n);
    }
    return n < 0 ? "?" : text(tree, text, n);
  }

  private static int firstNamed(GoTree tree, int node) {
    for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c)) {
      if (tree.kind(c) == Kind.TYPE_WRAPPER || tree.kind(c) == Kind.TYPE_IDENTIFIER) {
        return c;
      }
    }
    return -1;
  }

  /** The name a literal is bound to, or {@code func} and its place. */
  private static String literalName(GoTree tree, String text, int literal, int place) {
    int bound = boundName(tree, literal);
    return bound >= 0 ? text(tree, text, bound) : "func" + place;
  }

  private static int boundName(GoTree tree, int literal) {
    int parent = tree.parent(literal);
    if (parent >= 0 && tree.kind(parent) == Kind.LITERAL_ELEMENT) {
      return keyName(tree, parent);
    }
    if (parent < 0 || tree.kind(parent) != Kind.EXPRESSION_LIST) {
      return -1;
    }
    List<Integer> targets = targets(tree, tree.parent(parent), parent);
    int index = 0;
    for (int c = tree.firstChild(parent); c >= 0 && c != literal; c = tree.nextSibling(c)) {
      index += isComma(tree, c) ? 0 : 1;
    }
    return index < targets.size() ? simpleName(tree, targets.get(index)) : -1;
  }

  /** The key of a composite literal's element {@code value} ({@code OnClose: func() ...}), or -1. */
  private static int keyName(GoTree tree, int value) {
    int keyed = tree.parent(value);
    int key = tree.firstChild(keyed);
    return tree.kind(keyed) == Kind.KEYED_ELEMENT && key != value ? simpleName(tree, tree.firstChild(key)) : -1;
  }

  /** What the values of {@code values} are bound to: an assignment's left side, a declaration's names. */
  private static List<Integer> targets(GoTree tree, int binding, int values) {
    List<Integer> targets = new ArrayList<>();
    int left = tree.child(binding, tree.grammar.fieldLeft);
    boolean assigned = left >= 0 && left != values;
    for (int c = tree.firstChild(assigned ? left : binding); c >= 0; c = tree.nextSibling(c)) {
      boolean target = assigned ? !isComma(tree, c)
          : tree.kind(binding) == Kind.BINDING && tree.field(c) == tree.grammar.fieldName;
      if (target) {
        targets.add(c);
      }
    }
    return targets;
  }

  private static boolean isComma(GoTree tree, int node) {
    return tree.kind(node) == Kind.OTHER && tree.firstChild(node) < 0 && tree.end(node) - tree.start(node) == 1;
  }

  /** An identifier as is, a selector by its field ({@code s.onClose} is {@code onClose}); else -1. */
  private static int simpleName(GoTree tree, int node) {
    if (node < 0) {
      return -1;
    }
    byte kind = tree.kind(node);
    if (kind == Kind.IDENTIFIER || kind == Kind.FIELD_IDENTIFIER) {
      return node;
    }
    return kind == Kind.SELECTOR ? tree.child(node, tree.grammar.fieldField) : -1;
  }

  static String text(GoTree tree, String text, int node) {
    return node < 0 ? "?" : text.substring(tree.start(node), tree.end(node));
  }
}
