package dev.perfscope.lang.treesitter;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Problem;
import org.treesitter.TSNode;

/**
 * The first place tree-sitter could not read: the first {@code ERROR} node, or the first token it had to
 * assume ({@code MISSING}), in document order. Only the branches that hold an error are entered.
 */
final class ParseErrors {
  private ParseErrors() {}

  static Problem first(TSNode root, SourceText source, Utf8Offsets offsets) {
    if (!root.hasError()) {
      return null;
    }
    TSNode node = root;
    for (TSNode next = erroneousChild(node); next != null; next = erroneousChild(node)) {
      node = next;
    }
    String message = node.isMissing() ? "missing " + node.getType() : "syntax error";
    return TreeReader.problemAt(source, offsets.charOffset(node.getStartByte()), message);
  }

  /** The first child of {@code node} that is or holds an error; null when {@code node} is itself the error. */
  private static TSNode erroneousChild(TSNode node) {
    if (node.isError() || node.isMissing()) {
      return null;
    }
    for (int i = 0, n = node.getChildCount(); i < n; i++) {
      TSNode child = node.getChild(i);
      if (child.isError() || child.isMissing() || child.hasError()) {
        return child;
      }
    }
    return null;
  }
}
