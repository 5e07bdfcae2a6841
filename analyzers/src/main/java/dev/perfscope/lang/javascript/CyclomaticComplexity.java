package dev.perfscope.lang.javascript;

/**
 * ESLint's {@code complexity} rule (ESLint 10, its default "classic" variant): 1, plus 1 for each {@code if},
 * {@code ? :}, {@code &&}, {@code ||}, {@code ??}, {@code &&=}, {@code ||=}, {@code ??=}, {@code for},
 * {@code for in}, {@code for of}, {@code while}, {@code do}, {@code catch}, {@code case} with a test (not
 * {@code default}), default value ({@code x = 1} in parameters and destructuring) and optional chain
 * ({@code a?.b}, {@code f?.()}) of the unit's own code: nested functions, and class field initializers (their own
 * code paths to ESLint), count for themselves.
 *
 * <p>Example: {@code function f(a = 0) { if (a && b?.c) return 1; return 2; }} is 1 + default + if + && +
 * ?. = 5.
 */
final class CyclomaticComplexity {
  private CyclomaticComplexity() {}

  static int of(ScriptTree tree, int unit) {
    int[] complexity = {1};
    tree.eachOwnNode(unit, n -> complexity[0] += increment(tree, n, tree.kind(n)));
    return complexity[0];
  }

  private static int increment(ScriptTree tree, int n, byte kind) {
    return switch (kind) {
      case Kind.IF, Kind.TERNARY, Kind.FOR, Kind.FOR_IN, Kind.WHILE, Kind.DO, Kind.CATCH, Kind.CASE,
          Kind.ASSIGNMENT_PATTERN, Kind.OPTIONAL_CHAIN -> 1;
      case Kind.BINARY, Kind.AUGMENTED_ASSIGNMENT -> tree.operator(n) != Kind.OTHER ? 1 : 0;
      case Kind.PARAMETER -> tree.child(n, tree.grammar.fieldValue) >= 0 ? 1 : 0;
      case Kind.OPTIONAL_TOKEN -> tree.kind(tree.parent(n)) == Kind.OPTIONAL_CHAIN ? 0 : 1;
      default -> 0;
    };
  }
}
