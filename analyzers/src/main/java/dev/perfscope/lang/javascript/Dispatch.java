package dev.perfscope.lang.javascript;

/**
 * A unit's widest dispatch: the {@code switch} with the most {@code case}s ({@code default} is no arm) or the
 * {@code if / else if} chain with the most branches (an {@code else} is one), in the unit's own code (nested
 * functions and class fields count for themselves). {@code line} 0 when it has none of {@value #MIN_ARMS} arms or
 * more.
 */
record Dispatch(int node, int arms) {
  static final Dispatch NONE = new Dispatch(-1, 0);
  /** Fewer arms are an if and its else, no dispatch. */
  static final int MIN_ARMS = 3;

  static Dispatch widest(ScriptTree tree, int unit) {
    Dispatch[] widest = {NONE};
    tree.eachOwnNode(unit, n -> {
      byte kind = tree.kind(n);
      int arms = kind == Kind.SWITCH ? cases(tree, n) : kind == Kind.IF && !isElseIf(tree, n) ? branches(tree, n) : 0;
      if (arms > widest[0].arms()) {
        widest[0] = new Dispatch(n, arms);
      }
    });
    return widest[0].arms() >= MIN_ARMS ? widest[0] : NONE;
  }

  private static int cases(ScriptTree tree, int statement) {
    int cases = 0;
    int body = tree.child(statement, tree.grammar.fieldBody);
    for (int c = body < 0 ? -1 : tree.firstChild(body); c >= 0; c = tree.nextSibling(c)) {
      cases += tree.kind(c) == Kind.CASE ? 1 : 0;
    }
    return cases;
  }

  private static boolean isElseIf(ScriptTree tree, int statement) {
    int parent = tree.parent(statement);
    return parent >= 0 && tree.kind(parent) == Kind.ELSE;
  }

  private static int branches(ScriptTree tree, int first) {
    int branches = 1;
    int current = first;
    while (current >= 0) {
      int alternative = tree.child(current, tree.grammar.fieldAlternative);
      if (alternative < 0) {
        break;
      }
      branches++;
      int next = -1;
      for (int c = tree.firstChild(alternative); c >= 0; c = tree.nextSibling(c)) {
        next = tree.kind(c) == Kind.IF ? c : next;
      }
      current = next;
    }
    return branches;
  }
}
