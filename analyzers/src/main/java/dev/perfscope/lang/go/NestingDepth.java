package dev.perfscope.lang.go;

/**
 * The deepest nesting of control structures in a unit's own code: {@code if} (an {@code else if} stays at its
 * {@code if}'s depth), {@code for}, {@code switch}, type switch and {@code select} each add a level, as for the
 * other languages. A function literal's code is its own.
 *
 * <p>Example: {@code for _, x := range xs { switch x { case 1: if y { g() } } }} has depth 3.
 */
final class NestingDepth {
  private NestingDepth() {}

  static int of(GoTree tree, int unit) {
    int max = 0;
    for (int c = tree.firstChild(unit); c >= 0; c = tree.nextSibling(c)) {
      max = Math.max(max, depth(tree, c));
    }
    return max;
  }

  private static int depth(GoTree tree, int node) {
    byte kind = tree.kind(node);
    if (kind == Kind.FUNC_LITERAL) {
      return 0;
    }
    int own = switch (kind) {
      case Kind.FOR, Kind.EXPRESSION_SWITCH, Kind.TYPE_SWITCH, Kind.SELECT -> 1;
      case Kind.IF -> tree.kind(tree.parent(node)) == Kind.IF ? 0 : 1;
      default -> 0;
    };
    int deepest = 0;
    for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c)) {
      deepest = Math.max(deepest, depth(tree, c));
    }
    return own + deepest;
  }
}
