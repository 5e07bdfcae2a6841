package dev.perfscope.lang.javascript;

import dev.perfscope.lang.treesitter.SyntaxTree;
import dev.perfscope.lang.treesitter.Utf8Offsets;
import java.util.function.IntConsumer;

/** A JavaScript or TypeScript tree, with its grammar's field ids and the questions the metrics ask of nodes. */
final class ScriptTree extends SyntaxTree {
  final Grammar grammar;

  ScriptTree(Grammar grammar, Utf8Offsets offsets) {
    super(grammar.kinds, offsets);
    this.grammar = grammar;
  }

  /** The source text of {@code node}. */
  String text(String source, int node) {
    return source.substring(start(node), end(node));
  }

  /** Whether {@code node} lies within {@code ancestor} (or is it). */
  boolean within(int node, int ancestor) {
    return node >= ancestor && node < last(ancestor);
  }

  /** {@code node} without the parentheses around it. */
  int unparenthesized(int node) {
    int n = node;
    while (n >= 0 && kind(n) == Kind.PARENTHESIZED) {
      int inner = -1;
      for (int c = nextSibling(firstChild(n)); c >= 0 && nextSibling(c) >= 0; c = nextSibling(c)) {
        if (kind(c) != Kind.COMMENT) {
          inner = c;
          break;
        }
      }
      n = inner;
    }
    return n;
  }

  /** The operator kind of a binary or augmented assignment node ({@link Kind#AND} ...), or {@link Kind#OTHER}. */
  byte operator(int node) {
    for (int c = firstChild(node); c >= 0; c = nextSibling(c)) {
      if (Kind.isLogical(kind(c)) || kind(c) == Kind.LOGICAL_ASSIGN) {
        return kind(c);
      }
    }
    return Kind.OTHER;
  }

  /**
   * Each node of the unit's own code, in order: not those of the functions nested in it, nor of class field
   * initializers, which are units or count for themselves.
   */
  void eachOwnNode(int unit, IntConsumer each) {
    int end = last(unit);
    for (int n = unit + 1; n < end; n++) {
      byte kind = kind(n);
      if (Kind.isFunction(kind) || kind == Kind.FIELD) {
        n = last(n) - 1;
        continue;
      }
      each.accept(n);
    }
  }
}
