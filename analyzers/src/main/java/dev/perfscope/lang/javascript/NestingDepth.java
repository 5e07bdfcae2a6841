package dev.perfscope.lang.javascript;

/**
 * The deepest nesting of control structures in a unit's own code: {@code if} (an {@code else if} stays at
 * its {@code if}'s depth), the loops, {@code switch} and {@code try} each add a level, as for Java and Python.
 *
 * <p>Example: {@code for (x of xs) { if (x) { try { g(); } catch (e) {} } }} has depth 3.
 */
final class NestingDepth {
  private NestingDepth() {}

  static int of(ScriptTree tree, int unit) {
    int max = 0;
    for (int c = tree.firstChild(unit); c >= 0; c = tree.nextSibling(c)) {
      max = Math.max(max, depth(tree, c));
    }
    return max;
  }

  private static int depth(ScriptTree tree, int node) {
    byte kind = tree.kind(node);
    if (Kind.isFunction(kind)) {
      return 0;
    }
    int own = switch (kind) {
      case Kind.FOR, Kind.FOR_IN, Kind.WHILE, Kind.DO, Kind.SWITCH, Kind.TRY -> 1;
      case Kind.IF -> isElseIf(tree, node) ? 0 : 1;
      default -> 0;
    };
    int deepest = 0;
    for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c)) {
      deepest = Math.max(deepest, depth(tree, c));
    }
    return own + deepest;
  }

  private static boolean isElseIf(ScriptTree tree, int node) {
    int parent = tree.parent(node);
    return parent >= 0 && tree.kind(parent) == Kind.ELSE;
  }
}
