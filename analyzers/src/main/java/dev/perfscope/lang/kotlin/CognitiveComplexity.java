package dev.perfscope.lang.kotlin;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * detekt's cognitive complexity ({@code CognitiveComplexMethod}, detekt 1.23), after SonarSource's paper:
 * <ul>
 *   <li>+1 plus the nesting level for {@code if} (not {@code else if}), {@code when}, {@code for}, {@code while},
 *       {@code do-while} and {@code catch}; each raises the nesting of what it holds (an {@code if}'s branches,
 *       everything else of the others, their conditions too);
 *   <li>+1 for {@code else} and {@code else if}; +1 for a {@code break}, {@code continue} or {@code return} to a
 *       label ({@code return@forEach});
 *   <li>+1 for a recursive call: the function's own name with as many arguments as it has parameters (a trailing
 *       lambda counting two, as detekt counts it), called bare (not as the receiver of another call) or on
 *       {@code this};
 *   <li>for each outermost binary expression (an operator expression, assignments included), its {@code &&} and
 *       {@code ||} in text order, lambdas' inside it included: +1 for the first, and +1 for each that differs
 *       from the one before or stands directly in parentheses.
 * </ul>
 * Lambdas and local functions raise the nesting of their code by one and add nothing themselves.
 *
 * <p>Example: {@code fun f(xs: List<Int>) { xs.forEach { if (it > 0 && ok || done) return@forEach } }} is if 2
 * (nesting 1, in the lambda) + {@code &&} 1 + {@code ||} 1 + labelled return 1 = 5.
 */
final class CognitiveComplexity {
  private final KotlinTree tree;
  private final String text;
  private final int unit;
  private int complexity;
  private int topBinary = -1;
  private final Map<Integer, Integer> shares = new HashMap<>();
  private BitSet watched = new BitSet();

  private CognitiveComplexity(KotlinTree tree, String text, int unit) {
    this.tree = tree;
    this.text = text;
    this.unit = unit;
  }

  static int of(KotlinTree tree, String text, int unit) {
    CognitiveComplexity walk = new CognitiveComplexity(tree, text, unit);
    walk.visitChildren(unit, 0);
    return walk.complexity;
  }

  /** What each of the {@code statements} of {@code unit} adds to its cognitive complexity where it stands. */
  static Map<Integer, Integer> shares(KotlinTree tree, String text, int unit, BitSet statements) {
    CognitiveComplexity walk = new CognitiveComplexity(tree, text, unit);
    walk.watched = statements;
    walk.visitChildren(unit, 0);
    return walk.shares;
  }

  private void visit(int node, int nesting) {
    int before = complexity;
    visitNode(node, nesting);
    if (watched.get(node)) {
      shares.put(node, complexity - before);
    }
  }

  private void visitNode(int node, int nesting) {
    byte kind = tree.kind(node);
    switch (kind) {
      case Kind.FUNCTION, Kind.ANONYMOUS_FUNCTION, Kind.LAMBDA -> visitChildren(node, nesting + 1);
      case Kind.WHEN, Kind.FOR, Kind.WHILE, Kind.DO_WHILE, Kind.CATCH -> {
        complexity += 1 + nesting;
        visitChildren(node, nesting + 1);
      }
      case Kind.IF -> visitIf(node, nesting);
      case Kind.JUMP -> {
        complexity += tree.has(node, Kind.LABEL) ? 1 : 0;
        visitChildren(node, nesting);
      }
      case Kind.CALL -> {
        complexity += isRecursion(node) ? 1 : 0;
        visitChildren(node, nesting);
      }
      default -> {
        if (topBinary < 0 && isBinary(node, kind)) {
          topBinary = node;
          visitChildren(node, nesting);
          complexity += logicalSequences(node);
          topBinary = -1;
        } else {
          visitChildren(node, nesting);
        }
      }
    }
  }

  /** Children at {@code nesting}; a statement that is the body of the loops before it ({@link KotlinTree#openLoops}) deeper. */
  private void visitChildren(int node, int nesting) {
    int inLoops = 0;
    for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c)) {
      visit(c, nesting + inLoops);
      int open = tree.openLoops(c);
      inLoops = open > 0 ? inLoops + open : tree.kind(c) == Kind.COMMENT ? inLoops : 0;
    }
  }

  private void visitIf(int node, int nesting) {
    for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c)) {
      if (tree.kind(c) != Kind.BODY) {
        visit(c, nesting);
      } else if (!tree.isElseBranch(c)) {
        complexity += isElseIf(node) ? 1 : 1 + nesting;
        visitChildren(c, nesting + 1);
      } else if (tree.elseIf(c) >= 0) {
        visitChildren(c, nesting);
      } else {
        complexity++;
        visitChildren(c, nesting + 1);
      }
    }
  }

  private boolean isElseIf(int ifNode) {
    int parent = tree.parent(ifNode);
    return tree.kind(parent) == Kind.BODY && tree.isElseBranch(parent) && tree.elseIf(parent) == ifNode;
  }

  private boolean isBinary(int node, byte kind) {
    return Kind.isBinary(kind) || (kind == Kind.CHECK && tree.has(node, Kind.IN_TOKEN));
  }

  /** The {@code &&} and {@code ||} under {@code top}, by the place of their operators: +1 at each change of operator. */
  private int logicalSequences(int top) {
    record Operator(int at, byte kind, boolean enclosed) {}
    List<Operator> operators = new ArrayList<>();
    for (int n = top, end = tree.last(top); n < end; n++) {
      if (Kind.isLogical(tree.kind(n))) {
        int operator = tree.nextSibling(tree.firstChild(n));
        int parent = tree.parent(n);
        operators.add(new Operator(operator < 0 ? tree.start(n) : tree.start(operator), tree.kind(n),
            parent >= 0 && tree.kind(parent) == Kind.PARENTHESIZED));
      }
    }
    operators.sort(Comparator.comparingInt(Operator::at));
    int count = 0;
    byte last = Kind.OTHER;
    for (Operator operator : operators) {
      if (operator.kind() != last || operator.enclosed()) {
        count++;
      }
      last = operator.kind();
    }
    return count;
  }

  private boolean isRecursion(int call) {
    if (tree.isHeadOfCall(call)) {
      return false;
    }
    int name = tree.calleeName(call);
    int unitName = tree.childOf(unit, Kind.IDENTIFIER);
    if (name < 0 || unitName < 0 || !sameText(name, unitName)) {
      return false;
    }
    return inSameScope(call) && arguments(call) == parameters();
  }

  /**
   * detekt's test: a call not part of a qualified expression, or called on {@code this}; so {@code f(x).g()} is
   * none, since {@code f(x)} is the receiver of {@code .g()}.
   */
  private boolean inSameScope(int call) {
    int callee = tree.firstChild(call);
    while (tree.isHeadOfCall(callee)) {
      callee = tree.firstChild(callee);
    }
    if (tree.kind(callee) == Kind.NAVIGATION) {
      return tree.kind(tree.firstChild(callee)) == Kind.THIS;
    }
    int parent = tree.parent(call);
    return parent < 0 || tree.kind(parent) != Kind.NAVIGATION;
  }

  /** The call's arguments as detekt counts them: a trailing lambda twice (a lambda argument and a value argument). */
  private int arguments(int call) {
    int head = tree.firstChild(call);
    int suffix = tree.childOf(call, Kind.CALL_SUFFIX);
    if (suffix < 0) {
      return 0;
    }
    int count = tree.isHeadOfCall(head) ? arguments(head) : 0;
    count += tree.has(suffix, Kind.ANNOTATED_LAMBDA) ? 2 : 0;
    int list = tree.childOf(suffix, Kind.VALUE_ARGUMENTS);
    for (int c = list < 0 ? -1 : tree.firstChild(list); c >= 0; c = tree.nextSibling(c)) {
      count += tree.kind(c) == Kind.VALUE_ARGUMENT ? 1 : 0;
    }
    return count;
  }

  private int parameters() {
    return Parameters.of(tree, unit);
  }

  private boolean sameText(int a, int b) {
    return text.regionMatches(tree.start(a), text, tree.start(b), Math.max(tree.end(a) - tree.start(a),
        tree.end(b) - tree.start(b)));
  }
}
