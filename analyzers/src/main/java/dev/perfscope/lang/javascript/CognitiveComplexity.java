package dev.perfscope.lang.javascript;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code eslint-plugin-sonarjs}' {@code cognitive-complexity} rule (S3776, plugin 4.x) for one function's own
 * code, nesting counted from the function's own control flow:
 * <ul>
 *   <li>+1 plus the nesting level for {@code if} (not {@code else if}), {@code ? :}, {@code switch},
 *       {@code for}, {@code for in}, {@code for of}, {@code while}, {@code do} and {@code catch}; each raises
 *       the nesting of its body (an {@code if}'s branches, a ternary's two results, a switch's cases);
 *   <li>+1 for {@code else} and {@code else if}, and for {@code break} or {@code continue} to a label;
 *   <li>+1 for each run of {@code &&} in a flattened chain of logical operators (parentheses do not break a
 *       chain). The plugin counts no {@code ||} and {@code ??}, and nothing for a chain of one operator directly
 *       inside a JSX expression ({@code {ready && <List/>}}).
 * </ul>
 * Nested functions count for themselves and do not add nesting. One quirk of the plugin is kept, since it
 * is the reference: a function that is itself a ternary's result ({@code cb = x ? () => a : null}) raises the
 * nesting of everything after it in the enclosing function by one (the plugin's nesting counter is raised for
 * the function node and lowered on the nested function's own counter).
 *
 * <p>Example: {@code function f(a) { for (;;) { if (a && b && !c) { g(); } else { break; } } }} is for 1 + if 2
 * (nesting 1) + && 1 + else 1 = 5.
 */
final class CognitiveComplexity {
  private final ScriptTree tree;
  private final BitSet considered = new BitSet();
  private static final int NO_FIELD = Integer.MIN_VALUE;
  private int complexity;
  /** The statements whose share is wanted ({@link #shares}), and their shares once walked. */
  private BitSet watched = new BitSet();
  private final Map<Integer, Integer> shares = new HashMap<>();
  /** Nesting the plugin never takes back: one per function met as a ternary's result. */
  private int leaked;

  private CognitiveComplexity(ScriptTree tree) {
    this.tree = tree;
  }

  static int of(ScriptTree tree, int unit) {
    CognitiveComplexity walk = new CognitiveComplexity(tree);
    for (int c = tree.firstChild(unit); c >= 0; c = tree.nextSibling(c)) {
      walk.visit(c, 0);
    }
    return walk.complexity;
  }

  /**
   * The complexity each of the {@code statements} of {@code unit}'s own code adds where it stands, at its nesting
   * in the unit: what extracting it would take out of the unit.
   */
  static Map<Integer, Integer> shares(ScriptTree tree, int unit, BitSet statements) {
    CognitiveComplexity walk = new CognitiveComplexity(tree);
    walk.watched = statements;
    for (int c = tree.firstChild(unit); c >= 0; c = tree.nextSibling(c)) {
      walk.visit(c, 0);
    }
    return walk.shares;
  }

  private void visit(int node, int nesting) {
    byte kind = tree.kind(node);
    if (Kind.isFunction(kind)) {
      return;
    }
    int before = complexity;
    visitOwn(node, kind, nesting);
    if (watched.get(node)) {
      shares.put(node, complexity - before);
    }
  }

  private void visitOwn(int node, byte kind, int nesting) {
    switch (kind) {
      case Kind.IF -> visitIf(node, nesting, false);
      case Kind.FOR, Kind.FOR_IN, Kind.WHILE, Kind.DO, Kind.SWITCH, Kind.CATCH -> {
        complexity += nesting + leaked + 1;
        visitChildren(node, nesting, tree.grammar.fieldBody); // a switch's body holds its cases
      }
      case Kind.TERNARY -> visitTernary(node, nesting);
      case Kind.BREAK, Kind.CONTINUE -> complexity += tree.child(node, tree.grammar.fieldLabel) >= 0 ? 1 : 0;
      default -> {
        if (kind == Kind.BINARY && tree.operator(node) != Kind.OTHER && !considered.get(node)) {
          visitLogical(node);
        }
        visitChildren(node, nesting, NO_FIELD);
      }
    }
  }

  private void visitTernary(int node, int nesting) {
    Grammar g = tree.grammar;
    complexity += nesting + leaked + 1;
    for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c)) {
      int f = tree.field(c);
      boolean result = f == g.fieldConsequence || f == g.fieldAlternative;
      if (result && Kind.isFunction(tree.kind(Math.max(0, tree.unparenthesized(c))))) {
        leaked++;
      }
      visit(c, result ? nesting + 1 : nesting);
    }
  }

  /** Children at {@code nesting}, but the one in field {@code nested} one level deeper. */
  private void visitChildren(int node, int nesting, int nested) {
    for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c)) {
      visit(c, tree.field(c) == nested ? nesting + 1 : nesting);
    }
  }

  private void visitIf(int node, int nesting, boolean elseIf) {
    Grammar g = tree.grammar;
    complexity += elseIf ? 1 : nesting + leaked + 1;
    for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c)) {
      int f = tree.field(c);
      if (f == g.fieldConsequence) {
        visit(c, nesting + 1);
      } else if (f == g.fieldAlternative) {
        visitElse(c, nesting);
      } else {
        visit(c, nesting);
      }
    }
  }

  private void visitElse(int elseClause, int nesting) {
    for (int c = tree.firstChild(elseClause); c >= 0; c = tree.nextSibling(c)) {
      if (tree.kind(c) == Kind.IF) {
        visitIf(c, nesting, true);
        return;
      }
    }
    complexity++;
    for (int c = tree.firstChild(elseClause); c >= 0; c = tree.nextSibling(c)) {
      visit(c, nesting + 1);
    }
  }

  private void visitLogical(int root) {
    if (inJsxExpression(root) && sameOperatorThroughout(root, tree.operator(root))) {
      markChain(root);
      return;
    }
    byte[] previous = {Kind.OTHER};
    flatten(root, previous);
  }

  /** In-order walk of the chain: counts each {@code &&} that does not continue a run of {@code &&}. */
  private void flatten(int node, byte[] previous) {
    int n = tree.unparenthesized(node);
    if (n < 0 || tree.kind(n) != Kind.BINARY || tree.operator(n) == Kind.OTHER
        || tree.operator(n) == Kind.LOGICAL_ASSIGN) {
      return;
    }
    considered.set(n);
    Grammar g = tree.grammar;
    flatten(tree.child(n, g.fieldLeft), previous);
    byte operator = tree.operator(n);
    if (operator == Kind.AND && previous[0] != Kind.AND) {
      complexity++;
    }
    previous[0] = operator;
    flatten(tree.child(n, g.fieldRight), previous);
  }

  private boolean inJsxExpression(int node) {
    int parent = tree.parent(node);
    while (parent >= 0 && tree.kind(parent) == Kind.PARENTHESIZED) {
      parent = tree.parent(parent);
    }
    return parent >= 0 && tree.kind(parent) == Kind.JSX_EXPRESSION;
  }

  private boolean sameOperatorThroughout(int node, byte operator) {
    int n = tree.unparenthesized(node);
    if (n < 0) {
      return true;
    }
    if (tree.kind(n) == Kind.TERNARY) {
      return false;
    }
    if (tree.kind(n) != Kind.BINARY || tree.operator(n) == Kind.OTHER) {
      return true;
    }
    Grammar g = tree.grammar;
    return tree.operator(n) == operator && sameOperatorThroughout(tree.child(n, g.fieldLeft), operator)
        && sameOperatorThroughout(tree.child(n, g.fieldRight), operator);
  }

  private void markChain(int node) {
    int n = tree.unparenthesized(node);
    if (n >= 0 && tree.kind(n) == Kind.BINARY && tree.operator(n) != Kind.OTHER) {
      considered.set(n);
      markChain(tree.child(n, tree.grammar.fieldLeft));
      markChain(tree.child(n, tree.grammar.fieldRight));
    }
  }
}
