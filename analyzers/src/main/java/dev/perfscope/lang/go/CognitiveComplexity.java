package dev.perfscope.lang.go;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * gocognit's cognitive complexity (uudashr/gocognit 1.2) for one unit's own code:
 * <ul>
 *   <li>+1 plus the nesting level for {@code if} (not {@code else if}), {@code switch}, type switch,
 *       {@code select} and {@code for}; each raises the nesting of its body (the if's block, the cases, the loop's
 *       block), not of its init statement or condition;
 *   <li>+1 for {@code else if} and for {@code else}, whose block stays at the {@code if}'s nesting (gocognit
 *       walks it without raising it);
 *   <li>+1 for {@code break}, {@code continue} or {@code goto} to a label;
 *   <li>+1 for each change of operator in a sequence of {@code &&} and {@code ||}: the logical operators of a tree
 *       of binary expressions read left to right, parentheses ending the tree ({@code a && b || c} is 2,
 *       {@code (a && b) && c} is 2, {@code a && b && c} is 1);
 *   <li>+1 for each direct recursive call, {@code f(...)} inside {@code func f} ({@link RecursiveCalls} says
 *       which bare calls gocognit takes for recursive).
 * </ul>
 * A function literal counts for itself from nesting 0: gocognit adds its code to the function around it, one
 * level deeper.
 *
 * <p>Example: {@code func f(a, b bool) { for { if a && b { break } else { return } } }} is for 1 + if 2
 * (nesting 1) + && 1 + else 1 = 5.
 */
final class CognitiveComplexity {
  private final GoTree tree;
  private final String text;
  private final String recursiveName;
  private final BitSet considered = new BitSet();
  private final Map<Integer, Integer> shares = new HashMap<>();
  private BitSet watched = new BitSet();
  private int complexity;

  private CognitiveComplexity(GoTree tree, String text, String recursiveName) {
    this.tree = tree;
    this.text = text;
    this.recursiveName = recursiveName;
  }

  /** The complexity of {@code unit}, whose bare calls of {@code recursiveName} (may be null) are recursive. */
  static int of(GoTree tree, String text, int unit, String recursiveName) {
    CognitiveComplexity walk = new CognitiveComplexity(tree, text, recursiveName);
    for (int c = tree.firstChild(unit); c >= 0; c = tree.nextSibling(c)) {
      walk.visit(c, 0);
    }
    return walk.complexity;
  }

  /** What each statement of {@code statements} adds to the unit's complexity, by node (extraction candidates). */
  static Map<Integer, Integer> shares(GoTree tree, String text, int unit, String recursiveName, BitSet statements) {
    CognitiveComplexity walk = new CognitiveComplexity(tree, text, recursiveName);
    walk.watched = statements;
    for (int c = tree.firstChild(unit); c >= 0; c = tree.nextSibling(c)) {
      walk.visit(c, 0);
    }
    return walk.shares;
  }

  private void visit(int node, int nesting) {
    int before = complexity;
    visitOwn(node, nesting);
    if (watched.get(node)) {
      shares.put(node, complexity - before);
    }
  }

  private void visitOwn(int node, int nesting) {
    byte kind = tree.kind(node);
    if (kind == Kind.FUNC_LITERAL) {
      return;
    }
    if (kind == Kind.IF) {
      visitIf(node, nesting, false);
      return;
    }
    if (kind == Kind.FOR || Kind.isSwitch(kind)) {
      complexity += nesting + 1;
      visitChildren(node, nesting, child -> nestsDeeper(kind, child));
      return;
    }
    complexity += flatIncrement(node, kind);
    visitChildren(node, nesting, child -> false);
  }

  /** What a jump to a label, a recursive call or a sequence of logical operators adds, whatever the nesting. */
  private int flatIncrement(int node, byte kind) {
    if (kind == Kind.BINARY) {
      return tree.isLogical(node) && !considered.get(node) ? operatorChanges(node) : 0;
    }
    return isLabelledJump(node) || (kind == Kind.CALL && isRecursive(node)) ? 1 : 0;
  }

  /** A loop's body, a switch's or select's cases. */
  private boolean nestsDeeper(byte structure, int child) {
    if (structure == Kind.FOR) {
      return tree.field(child) == tree.grammar.fieldBody;
    }
    return tree.kind(child) == Kind.CASE || tree.kind(child) == Kind.DEFAULT_CASE;
  }

  private boolean isLabelledJump(int node) {
    byte kind = tree.kind(node);
    return (kind == Kind.BREAK || kind == Kind.CONTINUE || kind == Kind.GOTO) && tree.hasChild(node, Kind.LABEL);
  }

  /** Children at {@code nesting}, those {@code nested} accepts one level deeper. */
  private void visitChildren(int node, int nesting, IntPredicate nested) {
    for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c)) {
      visit(c, nested.test(c) ? nesting + 1 : nesting);
    }
  }

  private void visitIf(int node, int nesting, boolean elseIf) {
    GoGrammar g = tree.grammar;
    complexity += elseIf ? 1 : nesting + 1;
    for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c)) {
      int field = tree.field(c);
      if (field == g.fieldConsequence) {
        visit(c, nesting + 1);
      } else if (field == g.fieldAlternative && tree.kind(c) == Kind.IF) {
        visitIf(c, nesting, true);
      } else if (field == g.fieldAlternative) {
        complexity++;
        visit(c, nesting);
      } else {
        visit(c, nesting);
      }
    }
  }

  /** The changes of logical operator along the binary expressions under {@code root}, read left to right. */
  private int operatorChanges(int root) {
    byte[] previous = {Kind.OTHER};
    int[] changes = {0};
    flatten(root, previous, changes);
    return changes[0];
  }

  private void flatten(int node, byte[] previous, int[] changes) {
    if (node < 0 || tree.kind(node) != Kind.BINARY) {
      return;
    }
    considered.set(node);
    flatten(tree.child(node, tree.grammar.fieldLeft), previous, changes);
    byte operator = tree.operator(node);
    if (operator != Kind.OTHER && operator != previous[0]) {
      changes[0]++;
      previous[0] = operator;
    }
    flatten(tree.child(node, tree.grammar.fieldRight), previous, changes);
  }

  private boolean isRecursive(int call) {
    if (recursiveName == null || tree.child(call, tree.grammar.fieldTypeArguments) >= 0) {
      return false;
    }
    int function = tree.child(call, tree.grammar.fieldFunction);
    return function >= 0 && tree.kind(function) == Kind.IDENTIFIER
        && text.regionMatches(tree.start(function), recursiveName, 0, recursiveName.length())
        && tree.end(function) - tree.start(function) == recursiveName.length();
  }
}
