package dev.perfscope.lang.go;

/**
 * gocyclo's cyclomatic complexity (fzipp/gocyclo 0.6): 1, plus 1 for each {@code if} ({@code else if} too),
 * {@code for} (with or without {@code range}), {@code case} of a switch, type switch or select ({@code default} is
 * none), {@code &&} and {@code ||} of the unit's own code. A function literal counts for itself: gocyclo adds its
 * code to the function around it.
 *
 * <p>Example: {@code func f(xs []int) { for _, x := range xs { if x > 0 && x < 9 { g() } } }} is 1 + for + if +
 * && = 4.
 */
final class CyclomaticComplexity {
  private CyclomaticComplexity() {}

  static int of(GoTree tree, int unit) {
    int complexity = 1;
    int end = tree.last(unit);
    for (int n = unit + 1; n < end; n++) {
      byte kind = tree.kind(n);
      if (kind == Kind.FUNC_LITERAL) {
        n = tree.last(n) - 1;
        continue;
      }
      complexity += switch (kind) {
        case Kind.IF, Kind.FOR, Kind.CASE -> 1;
        case Kind.BINARY -> tree.isLogical(n) ? 1 : 0;
        default -> 0;
      };
    }
    return complexity;
  }
}
