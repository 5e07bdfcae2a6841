package dev.perfscope.lang.kotlin;

/**
 * Non-commenting source statements of a unit: 1 for its head, 1 for an expression body ({@code = expr}), each
 * statement of its blocks (lambdas' and local functions' included, a local function counting as one itself),
 * and each branch or loop body written without braces (an {@code else if} is its {@code if}).
 *
 * <p>Example: {@code fun f(a: Int): Int { val b = a; if (b > 0) return 1; return 2 }} has 1 + 3 + 1 = 5.
 */
final class Statements {
  private Statements() {}

  static int of(KotlinTree tree, int unit) {
    int count = 1;
    int body = tree.childOf(unit, Kind.FUNCTION_BODY);
    if (body >= 0 && !tree.has(body, Kind.LEFT_BRACE)) {
      count++;
    }
    int end = tree.last(unit);
    for (int n = unit + 1; n < end; n++) {
      byte kind = tree.kind(n);
      if (kind == Kind.STATEMENTS) {
        count += statements(tree, n);
      } else if (kind == Kind.BODY && !tree.has(n, Kind.LEFT_BRACE) && tree.elseIf(n) < 0 && tree.firstChild(n) >= 0) {
        count++;
      }
    }
    return count;
  }

  private static int statements(KotlinTree tree, int block) {
    int count = 0;
    for (int c = tree.firstChild(block); c >= 0; c = tree.nextSibling(c)) {
      count += tree.kind(c) == Kind.COMMENT ? 0 : 1;
    }
    return count;
  }
}
