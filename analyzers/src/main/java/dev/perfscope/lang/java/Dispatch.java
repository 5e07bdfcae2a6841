package dev.perfscope.lang.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.nodeTypes.SwitchNode;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;

/**
 * A unit's widest dispatch: the {@code switch} with the most case groups, or the {@code if / else if} chain with the
 * most branches, in the unit's own body (not in the methods of a local or anonymous class, which are units of
 * their own). {@code line} 0 when it has none of {@value #MIN_ARMS} arms or more.
 */
record Dispatch(int line, int arms) {
  static final Dispatch NONE = new Dispatch(0, 0);
  /** Fewer arms are an if and its else, no dispatch. */
  static final int MIN_ARMS = 3;

  static Dispatch widest(Node unit) {
    Dispatch[] widest = {NONE};
    for (Node child : unit.getChildNodes()) {
      visit(child, widest);
    }
    return widest[0].arms() >= MIN_ARMS ? widest[0] : NONE;
  }

  private static void visit(Node node, Dispatch[] widest) {
    if (node instanceof BodyDeclaration<?> || node instanceof LocalClassDeclarationStmt
        || node instanceof LocalRecordDeclarationStmt) {
      return; // a member of a nested class: measured as a unit of its own
    }
    int arms = node instanceof SwitchNode switchNode ? caseGroups(switchNode)
        : node instanceof IfStmt chain && !isElseIf(chain) ? branches(chain) : 0;
    if (arms > widest[0].arms()) {
      widest[0] = new Dispatch(node.getBegin().map(p -> p.line).orElse(1), arms);
    }
    for (Node child : node.getChildNodes()) {
      visit(child, widest);
    }
  }

  private static int caseGroups(SwitchNode node) {
    return (int) node.getEntries().stream().filter(e -> !e.getLabels().isEmpty()).count();
  }

  private static boolean isElseIf(IfStmt statement) {
    return statement.getParentNode().filter(p -> p instanceof IfStmt parent
        && parent.getElseStmt().filter(e -> e == statement).isPresent()).isPresent();
  }

  /** The branches of an {@code if / else if} chain: each condition, and a final {@code else}. */
  private static int branches(IfStmt first) {
    int branches = 1;
    IfStmt current = first;
    while (current.getElseStmt().isPresent()) {
      branches++;
      if (!(current.getElseStmt().get() instanceof IfStmt next)) {
        break;
      }
      current = next;
    }
    return branches;
  }
}
