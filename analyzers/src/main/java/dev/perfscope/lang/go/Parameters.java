package dev.perfscope.lang.go;

/**
 * A unit's declared parameters: each name of its parameter list ({@code a, b int} is 2), an unnamed parameter
 * ({@code func(int)}) and a variadic one one each. The receiver of a method and type parameters are not counted.
 *
 * <p>Example: {@code func (s *S) f(a, b int, opts ...Option)} has 3.
 */
final class Parameters {
  private Parameters() {}

  static int of(GoTree tree, int unit) {
    int list = tree.child(unit, tree.grammar.fieldParameters);
    if (list < 0) {
      return 0;
    }
    int count = 0;
    for (int c = tree.firstChild(list); c >= 0; c = tree.nextSibling(c)) {
      byte kind = tree.kind(c);
      if (kind == Kind.PARAMETER) {
        count += Math.max(1, names(tree, c));
      } else if (kind == Kind.VARIADIC_PARAMETER) {
        count++;
      }
    }
    return count;
  }

  private static int names(GoTree tree, int declaration) {
    int names = 0;
    for (int c = tree.firstChild(declaration); c >= 0; c = tree.nextSibling(c)) {
      names += tree.field(c) == tree.grammar.fieldName ? 1 : 0;
    }
    return names;
  }
}
