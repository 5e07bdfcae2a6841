package dev.perfscope.lang.javascript;

/**
 * A unit's declared parameters: each entry of its parameter list, a rest parameter and a destructuring pattern
 * counting one each; an arrow function's lone unparenthesized parameter is one; a static block has none.
 *
 * <p>Example: {@code ({a, b}, c = 1, ...rest) => a} has 3.
 */
final class Parameters {
  private Parameters() {}

  static int of(ScriptTree tree, int unit) {
    Grammar g = tree.grammar;
    if (tree.child(unit, g.fieldParameter) >= 0) {
      return 1;
    }
    int list = tree.child(unit, g.fieldParameters);
    if (list < 0) {
      return 0;
    }
    int count = 0;
    for (int c = tree.firstChild(list); c >= 0; c = tree.nextSibling(c)) {
      byte kind = tree.kind(c);
      if (kind != Kind.COMMENT && kind != Kind.PUNCTUATION) {
        count++;
      }
    }
    return count;
  }
}
