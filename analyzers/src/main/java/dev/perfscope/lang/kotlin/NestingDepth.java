package dev.perfscope.lang.kotlin;

/**
 * The deepest nesting of control structures in a unit, lambdas and local functions included: {@code if} (an
 * {@code else if} stays at its {@code if}'s depth), {@code when}, the loops and {@code try} each add a level, as
 * for the other languages.
 *
 * <p>Example: {@code for (x in xs) { when (x) { 1 -> try { g() } catch (e: E) {} } }} has depth 3.
 */
final class NestingDepth {
  private NestingDepth() {}

  static int of(KotlinTree tree, int unit) {
    return deepest(tree, unit);
  }

  private static int deepest(KotlinTree tree, int node) {
    int max = 0;
    int inLoops = 0; // a statement that is the body of the loops before it (KotlinTree.openLoops)
    for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c)) {
      max = Math.max(max, inLoops + depth(tree, c));
      int open = tree.openLoops(c);
      inLoops = open > 0 ? inLoops + open : tree.kind(c) == Kind.COMMENT ? inLoops : 0;
    }
    return max;
  }

  private static int depth(KotlinTree tree, int node) {
    int own = switch (tree.kind(node)) {
      case Kind.FOR, Kind.WHILE, Kind.DO_WHILE, Kind.WHEN, Kind.TRY -> 1;
      case Kind.IF -> isElseIf(tree, node) ? 0 : 1;
      default -> 0;
    };
    return own + deepest(tree, node);
  }

  private static boolean isElseIf(KotlinTree tree, int node) {
    int parent = tree.parent(node);
    return parent >= 0 && tree.kind(parent) == Kind.BODY && tree.isElseBranch(parent) && tree.elseIf(parent) == node;
  }
}
