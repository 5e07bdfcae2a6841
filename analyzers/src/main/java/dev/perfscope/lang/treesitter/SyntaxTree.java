package dev.perfscope.lang.treesitter;

import dev.perfscope.lang.Cancellation;
import java.util.Arrays;
import org.treesitter.TSNode;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;

/**
 * A copy of a tree-sitter tree in flat arrays, read once with a cursor so that the metrics walk plain Java
 * memory instead of calling the native library for every question about a node. Nodes are numbered in
 * document order (preorder); offsets are in characters of the source text; kinds are the language's own
 * ({@link SymbolKinds}). A language extends it with the questions its metrics ask of nodes.
 */
public class SyntaxTree {
  private static final int CHECKPOINT_EVERY = 1024;
  private static final int FIRST_CAPACITY = 256;

  private final SymbolKinds kinds;
  private int size;
  // sized when filled: a flat tree gives its node count, and growing by doubling took two thirds of a cold copy's cpu
  private byte[] kind = new byte[0];
  private int[] field = new int[0];
  private int[] parent = new int[0];
  private int[] nextSibling = new int[0];
  private int[] firstChild = new int[0];
  private int[] start = new int[0];
  private int[] end = new int[0];

  private final Utf8Offsets offsets;

  /** An empty copy, filled by {@link #copy}, for a tree parsed from {@code offsets}' text. */
  protected SyntaxTree(SymbolKinds kinds, Utf8Offsets offsets) {
    this.kinds = kinds;
    this.offsets = offsets;
  }

  /** Fills {@code empty}, made by a constructor, with {@code tree}; offsets in characters. */
  public static <T extends SyntaxTree> T copy(TSTree tree, T empty) {
    ((SyntaxTree) empty).fill(tree);
    return empty;
  }

  /**
   * Fills {@code empty} with a tree flattened by this project's library: {@link FlatTrees#NODE} ints per node in
   * document order (symbol, field, parent, start byte, end byte) after {@link FlatTrees#HEADER} ints.
   */
  static <T extends SyntaxTree> T copy(int[] flat, T empty) {
    ((SyntaxTree) empty).fill(flat);
    return empty;
  }

  private void fill(int[] flat) {
    int count = flat[0];
    allocate(count);
    int[] lastChild = new int[count];
    for (int id = 0, at = FlatTrees.HEADER; id < count; id++, at += FlatTrees.NODE) {
      kind[id] = kinds.kind(flat[at]);
      field[id] = flat[at + 1];
      int parentNode = flat[at + 2];
      parent[id] = parentNode;
      nextSibling[id] = -1;
      firstChild[id] = -1;
      start[id] = offsets.charOffset(flat[at + 3]);
      end[id] = offsets.charOffset(flat[at + 4]);
      if (parentNode >= 0) {
        if (firstChild[parentNode] < 0) {
          firstChild[parentNode] = id;
        } else {
          nextSibling[lastChild[parentNode]] = id;
        }
        lastChild[parentNode] = id;
      }
    }
    size = count;
  }

  private void fill(TSTree tree) {
    try (TSTreeCursor cursor = new TSTreeCursor(tree.getRootNode())) {
      int current = add(cursor, -1);
      while (true) {
        if (cursor.gotoFirstChild()) {
          current = add(cursor, current);
          continue;
        }
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) {
            return;
          }
          current = parent[current];
        }
        int sibling = add(cursor, parent[current]);
        nextSibling[current] = sibling;
        current = sibling;
        if ((size & (CHECKPOINT_EVERY - 1)) == 0) {
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
    kind[id] = kinds.kind(node.getSymbol());
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
    int n = Math.max(FIRST_CAPACITY, kind.length * 2);
    kind = Arrays.copyOf(kind, n);
    field = Arrays.copyOf(field, n);
    parent = Arrays.copyOf(parent, n);
    nextSibling = Arrays.copyOf(nextSibling, n);
    firstChild = Arrays.copyOf(firstChild, n);
    start = Arrays.copyOf(start, n);
    end = Arrays.copyOf(end, n);
  }

  /** Room for {@code count} nodes, in new arrays: an empty tree has nothing to copy. */
  private void allocate(int count) {
    kind = new byte[count];
    field = new int[count];
    parent = new int[count];
    nextSibling = new int[count];
    firstChild = new int[count];
    start = new int[count];
    end = new int[count];
  }

  public final int size() {
    return size;
  }

  public final byte kind(int node) {
    return kind[node];
  }

  public final int field(int node) {
    return field[node];
  }

  public final int parent(int node) {
    return parent[node];
  }

  public final int firstChild(int node) {
    return firstChild[node];
  }

  public final int nextSibling(int node) {
    return nextSibling[node];
  }

  public final int start(int node) {
    return start[node];
  }

  public final int end(int node) {
    return end[node];
  }

  /** The first child of {@code node} in field {@code fieldId}, or -1. */
  public final int child(int node, int fieldId) {
    for (int c = firstChild[node]; c >= 0; c = nextSibling[c]) {
      if (field[c] == fieldId) {
        return c;
      }
    }
    return -1;
  }

  /** The node past {@code node}'s last descendant: nodes {@code node+1 .. last(node)-1} are its descendants. */
  public final int last(int node) {
    int n = node;
    while (n >= 0) {
      if (nextSibling[n] >= 0) {
        return nextSibling[n];
      }
      n = parent[n];
    }
    return size;
  }
}
