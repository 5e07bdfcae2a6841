package dev.perfscope.lang.javascript;

import dev.perfscope.lang.Cancellation;
import java.util.Arrays;
import org.treesitter.TSNode;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;

/**
 * A copy of a tree-sitter tree in flat arrays, read once with a cursor so that the metrics walk plain Java
 * memory instead of calling the native library for every question about a node. Nodes are numbered in
 * document order (preorder); offsets are in characters of the source text.
 */
final class SyntaxTree {
  private static final int CHECKPOINT_EVERY = 1024;

  final Grammar grammar;
  private int size;
  private byte[] kind = new byte[256];
  private int[] field = new int[256];
  private int[] parent = new int[256];
  private int[] nextSibling = new int[256];
  private int[] firstChild = new int[256];
  private int[] start = new int[256];
  private int[] end = new int[256];

  private final Utf8Offsets offsets;

  private SyntaxTree(Grammar grammar, Utf8Offsets offsets) {
    this.grammar = grammar;
    this.offsets = offsets;
  }

  /** Copies {@code tree}, parsed from {@code offsets}' text, with its offsets in characters. */
  static SyntaxTree copy(TSTree tree, Grammar grammar, Utf8Offsets offsets) {
    SyntaxTree copy = new SyntaxTree(grammar, offsets);
    try (TSTreeCursor cursor = new TSTreeCursor(tree.getRootNode())) {
      int current = copy.add(cursor, -1);
      int lastChild = -1;
      while (true) {
        if (cursor.gotoFirstChild()) {
          current = copy.add(cursor, current);
          lastChild = -1;
          continue;
        }
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) {
            return copy;
          }
          current = copy.parent[current];
        }
        int sibling = copy.add(cursor, copy.parent[current]);
        copy.nextSibling[current] = sibling;
        current = sibling;
        if ((copy.size & (CHECKPOINT_EVERY - 1)) == 0) {
          Cancellation.checkpoint();
        }
      }
    }
  }

  private int add(TSTreeCursor cursor, int parentNode) {
    if (size == kind.length) {
      grow();
    }
    TSNode node = cursor.currentNode();
    int id = size++;
    kind[id] = grammar.kind(node.getSymbol());
    field[id] = cursor.currentFieldId();
    parent[id] = parentNode;
    nextSibling[id] = -1;
    firstChild[id] = -1;
    start[id] = offsets.charOffset(node.getStartByte());
    end[id] = offsets.charOffset(node.getEndByte());
    if (parentNode >= 0 && firstChild[parentNode] < 0) {
      firstChild[parentNode] = id;
    }
    return id;
  }

  private void grow() {
    int n = kind.length * 2;
    kind = Arrays.copyOf(kind, n);
    field = Arrays.copyOf(field, n);
    parent = Arrays.copyOf(parent, n);
    nextSibling = Arrays.copyOf(nextSibling, n);
    firstChild = Arrays.copyOf(firstChild, n);
    start = Arrays.copyOf(start, n);
    end = Arrays.copyOf(end, n);
  }

  int size() {
    return size;
  }

  byte kind(int node) {
    return kind[node];
  }

  int field(int node) {
    return field[node];
  }

  int parent(int node) {
    return parent[node];
  }

  int firstChild(int node) {
    return firstChild[node];
  }

  int nextSibling(int node) {
    return nextSibling[node];
  }

  int start(int node) {
    return start[node];
  }

  int end(int node) {
    return end[node];
  }

  /** The first child of {@code node} in field {@code fieldId}, or -1. */
  int child(int node, int fieldId) {
    for (int c = firstChild[node]; c >= 0; c = nextSibling[c]) {
      if (field[c] == fieldId) {
        return c;
      }
    }
    return -1;
  }

  /** The node past {@code node}'s last descendant: nodes {@code node+1 .. last(node)-1} are its descendants. */
  int last(int node) {
    int n = node;
    while (n >= 0) {
      if (nextSibling[n] >= 0) {
        return nextSibling[n];
      }
      n = parent[n];
    }
    return size;
  }

  /** {@code node} without the parentheses around it. */
  int unparenthesized(int node) {
    int n = node;
    while (n >= 0 && kind[n] == Kind.PARENTHESIZED) {
      int inner = -1;
      for (int c = nextSibling[firstChild[n]]; c >= 0 && nextSibling[c] >= 0; c = nextSibling[c]) {
        if (kind[c] != Kind.COMMENT) {
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
    for (int c = firstChild[node]; c >= 0; c = nextSibling[c]) {
      if (Kind.isLogical(kind[c]) || kind[c] == Kind.LOGICAL_ASSIGN) {
        return kind[c];
      }
    }
    return Kind.OTHER;
  }
}
