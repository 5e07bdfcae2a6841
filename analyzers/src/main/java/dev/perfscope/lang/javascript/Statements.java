package dev.perfscope.lang.javascript;

/**
 * Non-commenting source statements of a unit: 1 for its head, plus each statement and declaration of its own
 * code (expression, return, throw, variable, control statements, {@code break}, {@code continue}, a nested
 * function or class declaration as one); blocks and the code of nested functions do not count.
 *
 * <p>Example: {@code function f(a) { const b = a; if (b) { return 1; } return 2; }} has 1 + 4 = 5.
 */
final class Statements {
  private Statements() {}

  static int of(ScriptTree tree, int unit) {
    int count = 1;
    int end = tree.last(unit);
    for (int n = unit + 1; n < end; n++) {
      byte kind = tree.kind(n);
      if (Kind.isFunction(kind)) {
        count += kind == Kind.FUNCTION_DECLARATION ? 1 : 0;
        n = tree.last(n) - 1;
        continue;
      }
      count += switch (kind) {
        case Kind.STATEMENT, Kind.RETURN, Kind.DECLARATION, Kind.IF, Kind.FOR, Kind.FOR_IN, Kind.WHILE, Kind.DO, Kind.SWITCH, Kind.TRY,
            Kind.BREAK, Kind.CONTINUE, Kind.CLASS -> tree.kind(n) == Kind.CLASS && !isDeclaration(tree, n) ? 0 : 1;
        default -> 0;
      };
    }
    return count;
  }

  private static boolean isDeclaration(ScriptTree tree, int node) {
    int parent = tree.parent(node);
    return parent < 0 || tree.kind(parent) != Kind.VARIABLE_DECLARATOR;
  }
}
