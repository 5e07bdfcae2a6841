package dev.perfscope.lang.java;

import com.github.javaparser.ast.Node;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A syntax tree walked in preorder, in the order of JavaParser's {@code Node.walk}, on an {@link ArrayDeque}:
 * {@code Node.walk} keeps its path on a {@code java.util.Stack}, whose synchronized methods made the walks of
 * the structure cost a tenth of a file's analysis.
 */
final class Preorder {
  private Preorder() {}

  static void walk(Node root, Consumer<Node> visit) {
    ArrayDeque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Node next = pending.pop();
      visit.accept(next);
      List<Node> children = next.getChildNodes();
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.push(children.get(i));
      }
    }
  }

  /** The nodes of one type, in preorder. */
  static <T extends Node> void walk(Node root, Class<T> type, Consumer<T> visit) {
    walk(root, node -> {
      if (type.isInstance(node)) {
        visit.accept(type.cast(node));
      }
    });
  }
}
