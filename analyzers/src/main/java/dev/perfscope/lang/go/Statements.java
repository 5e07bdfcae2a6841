package dev.perfscope.lang.go;

/**
 * Non-commenting source statements of a unit: 1 for its head, plus each statement of its own code (expression,
 * send, increment, assignment, short variable declaration, {@code var}, {@code const} and {@code type}
 * declarations, {@code return}, {@code go}, {@code defer}, {@code fallthrough}, {@code break}, {@code continue},
 * {@code goto}, {@code if}, {@code for}, the switches and {@code select}); blocks, labels, cases and the code of
 * function literals do not count.
 *
 * <p>Example: {@code func f(a int) int { b := a; if b > 0 { return 1 }; return 2 }} has 1 + 4 = 5.
 */
final class Statements {
  private Statements() {}

  static int of(GoTree tree, int unit) {
    int count = 1;
    int end = tree.last(unit);
    for (int n = unit + 1; n < end; n++) {
      byte kind = tree.kind(n);
      if (kind == Kind.FUNC_LITERAL) {
        n = tree.last(n) - 1;
        continue;
      }
      count += switch (kind) {
        case Kind.BREAK, Kind.CONTINUE, Kind.GOTO -> 1;
        default -> Kind.isSimpleStatement(kind) || Kind.isCompound(kind) ? 1 : 0;
      };
    }
    return count;
  }
}
