package dev.perfscope.lang.go;

import dev.perfscope.lang.treesitter.SyntaxTree;
import dev.perfscope.lang.treesitter.Utf8Offsets;

/** A Go tree, with the grammar's field ids and the questions the metrics ask of nodes. */
final class GoTree extends SyntaxTree {
  final GoGrammar grammar;

  GoTree(GoGrammar grammar, Utf8Offsets offsets) {
    super(grammar.kinds, offsets);
    this.grammar = grammar;
  }

  /** The operator of a binary expression: {@link Kind#AND}, {@link Kind#OR}, or {@link Kind#OTHER}. */
  byte operator(int binary) {
    int operator = child(binary, grammar.fieldOperator);
    return operator < 0 ? Kind.OTHER : kind(operator);
  }

  boolean isLogical(int node) {
    return kind(node) == Kind.BINARY && operator(node) != Kind.OTHER;
  }

  /** Whether {@code node} has a child of kind {@code childKind}. */
  boolean hasChild(int node, byte childKind) {
    for (int c = firstChild(node); c >= 0; c = nextSibling(c)) {
      if (kind(c) == childKind) {
        return true;
      }
    }
    return false;
  }
}
