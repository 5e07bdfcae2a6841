package dev.perfscope.lang.kotlin;

import java.util.Set;

/**
 * detekt's cyclomatic complexity ({@code CyclomaticComplexMethod}, detekt 1.23, its defaults): 1 for the function,
 * plus 1 for each {@code if}, {@code for}, {@code while}, {@code do-while}, {@code &&}, {@code ||}, {@code ?:},
 * {@code break}, {@code continue} and {@code catch}, 1 for each entry of a {@code when} ({@code else} included), and
 * 1 for each call of a scope or nesting function with a trailing lambda ({@code also apply forEach isNotNull ifNull
 * let run use with}). The function's whole text counts, lambdas and local functions included (each local function
 * adds its own 1), except the functions of an object expression ({@code object : T { ... }}), which detekt skips.
 *
 * <p>Example: {@code fun f(a: Int?) { a?.let { if (it > 0 && ok) return } ?: fail() }} is 1 + let + if + && + ?:
 * = 5.
 */
final class CyclomaticComplexity {
  static final Set<String> NESTING_FUNCTIONS =
      Set.of("also", "apply", "forEach", "isNotNull", "ifNull", "let", "run", "use", "with");

  private CyclomaticComplexity() {}

  static int of(KotlinTree tree, String text, int unit) {
    int complexity = 1;
    int end = tree.last(unit);
    for (int n = unit + 1; n < end; n++) {
      byte kind = tree.kind(n);
      if (Kind.isFunction(kind) && inObjectExpression(tree, n, unit)) {
        n = tree.last(n) - 1;
        continue;
      }
      complexity += increment(tree, text, n, kind);
    }
    return complexity;
  }

  private static int increment(KotlinTree tree, String text, int n, byte kind) {
    return switch (kind) {
      case Kind.FUNCTION, Kind.ANONYMOUS_FUNCTION, Kind.IF, Kind.FOR, Kind.WHILE, Kind.DO_WHILE, Kind.CONJUNCTION,
          Kind.DISJUNCTION, Kind.ELVIS, Kind.CATCH -> 1;
      case Kind.JUMP -> tree.has(n, Kind.BREAK_TOKEN) || tree.has(n, Kind.CONTINUE_TOKEN) ? 1 : 0;
      case Kind.WHEN -> count(tree, n, Kind.WHEN_ENTRY);
      case Kind.CALL -> isNestingCall(tree, text, n) ? 1 : 0;
      default -> 0;
    };
  }

  private static boolean isNestingCall(KotlinTree tree, String text, int call) {
    int name = tree.calleeName(call);
    return name >= 0 && !tree.isHeadOfCall(call) && tree.trailingLambda(call) >= 0
        && NESTING_FUNCTIONS.contains(text.substring(tree.start(name), tree.end(name)));
  }

  private static boolean inObjectExpression(KotlinTree tree, int function, int unit) {
    for (int p = tree.parent(function); p > unit; p = tree.parent(p)) {
      if (tree.kind(p) == Kind.OBJECT_LITERAL) {
        return true;
      }
    }
    return false;
  }

  private static int count(KotlinTree tree, int node, byte kind) {
    int count = 0;
    for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c)) {
      count += tree.kind(c) == kind ? 1 : 0;
    }
    return count;
  }
}
