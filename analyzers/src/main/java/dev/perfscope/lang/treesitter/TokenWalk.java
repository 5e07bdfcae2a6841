package dev.perfscope.lang.treesitter;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.CodeTokens;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The walk that reads a file's {@link CodeTokens} off the leaves of its flat tree, in source order: a literal taken
 * whole as one token, each other leaf with a code, and an end of statement marked on the line where each statement
 * ends, semicolon or not, so that copies read the same whatever their separators. Shared by the tree-sitter
 * languages; each says by its hooks what it leaves out, what a statement and a literal are, and each leaf's code.
 */
public abstract class TokenWalk<T extends SyntaxTree> {
  protected final T tree;
  protected final SourceText source;
  private final CodeTokens.Builder tokens = new CodeTokens.Builder();
  private final Deque<int[]> open = new ArrayDeque<>(); // per open statement: the node past it, its last line

  protected TokenWalk(T tree, SourceText source) {
    this.tree = tree;
    this.source = source;
  }

  /** Whether {@code node} and all under it are left out (comments, imports). */
  protected abstract boolean skips(int node, byte kind);

  /** Whether {@code node} is a statement, whose end is marked. */
  protected abstract boolean isStatement(int node, byte kind);

  /** Whether {@code node} is a literal taken whole as one {@link CodeTokens#LITERAL}. */
  protected abstract boolean isLiteral(byte kind);

  /** The code of leaf {@code node}, not empty; 0 for none (a separator whose statement's end is marked instead). */
  protected abstract int code(int node, byte kind);

  /** Walks the whole tree once; the tokens. */
  public final CodeTokens walk() {
    for (int n = 1; n < tree.size(); n++) {
      closeBefore(n);
      byte kind = tree.kind(n);
      if (skips(n, kind)) {
        n = tree.last(n) - 1;
        continue;
      }
      if (isStatement(n, kind)) {
        open.push(new int[] {tree.last(n), source.lineOf(Math.max(tree.start(n), tree.end(n) - 1))});
      }
      n = take(n, kind);
    }
    closeBefore(Integer.MAX_VALUE);
    return tokens.build();
  }

  /** Marks the end of each open statement that {@code node} is past. */
  private void closeBefore(int node) {
    while (!open.isEmpty() && node >= open.peek()[0]) {
      tokens.add(CodeTokens.END, open.pop()[1]);
    }
  }

  /** Takes {@code node}'s token, if a leaf or a literal; returns the last node taken. */
  private int take(int node, byte kind) {
    int line = source.lineOf(tree.start(node));
    if (isLiteral(kind)) {
      tokens.add(CodeTokens.LITERAL, line);
      return tree.last(node) - 1;
    }
    if (tree.firstChild(node) < 0 && tree.end(node) > tree.start(node)) {
      int code = code(node, kind);
      if (code > 0) {
        tokens.add(code, line);
      }
    }
    return node;
  }
}
