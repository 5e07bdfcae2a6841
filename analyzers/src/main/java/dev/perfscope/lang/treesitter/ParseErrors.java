package dev.perfscope.lang.treesitter;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Problem;
import org.treesitter.TSNode;
import org.treesitter.TSTreeCursor;

/**
 * The first place tree-sitter could not read: the first {@code ERROR} node, or the first token it had to
 * assume ({@code MISSING}), in document order. Only the branches that hold an error are entered.
 */
final class ParseErrors {
  static final String SYNTAX_ERROR = "syntax error";

  private ParseErrors() {}

  static Problem first(TSNode root, SourceText source, Utf8Offsets offsets) {
    if (!root.hasError()) {
      return null;
    }
    TSNode node = erroneousLeaf(root);
    String message = node.isMissing() ? "missing " + node.getType() : SYNTAX_ERROR;
    return TreeReader.problemAt(source, offsets.charOffset(node.getStartByte()), message);
  }

  /**
   * From {@code root}, down the first child that is or holds an error, to the error itself. Children are read with
   * a cursor: {@code getChild(i)} walks from the first child each time, which made a node of 50,000 children
   * (a line of comments) quadratic, minutes of cpu.
   */
  private static TSNode erroneousLeaf(TSNode root) {
    TSNode node = root;
    try (TSTreeCursor cursor = new TSTreeCursor(root)) {
      while (!node.isError() && !node.isMissing() && cursor.gotoFirstChild()) {
        TSNode found = null;
        do {
          TSNode child = cursor.currentNode();
          if (child.isError() || child.isMissing() || child.hasError()) {
            found = child;
          }
        } while (found == null && cursor.gotoNextSibling());
        if (found == null) {
          break;
        }
        node = found;
      }
    }
    return node;
  }
}
