package dev.perfscope.lang.python.structure;

import dev.perfscope.lang.python.parser.PythonParser;
import java.util.List;
import java.util.function.Consumer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The leaves of an assignment target ({@code a}, {@code self.x}, {@code d[k]}), looking through tuples, lists
 * and starred items, so that structure and block analysis agree on what a statement binds: {@code a, (b, *c) =}
 * has the leaves {@code a}, {@code b} and {@code c}.
 */
final class Targets {
  /** An atom and what follows it: a plain name when {@code trailers} is empty. */
  record Leaf(PythonParser.AtomContext atom, List<PythonParser.TrailerContext> trailers) {
    /** The name this leaf binds, or null when it is an attribute, a subscript or no name at all. */
    PythonParser.NameContext boundName() {
      return trailers.isEmpty() ? atom.name() : null;
    }

    /** {@code x} for {@code receiver.x}, or null for any other leaf. */
    String attributeOf(String receiver) {
      boolean match = atom.name() != null && atom.name().getText().equals(receiver) && trailers.size() == 1
          && trailers.get(0).DOT() != null;
      return match ? trailers.get(0).name().getText() : null;
    }
  }

  private Targets() {}

  /** The targets an expression statement assigns: left of each {@code =}, or of an augmented or annotated assignment. */
  static void ofAssignment(PythonParser.Expr_stmtContext statement, Consumer<Leaf> leaf) {
    if (statement.AUGASSIGN() != null || statement.COLON() != null) {
      leaves(statement.getChild(0), leaf);
      return;
    }
    int targets = statement.ASSIGN().size();
    for (int i = 0, seen = 0; i < statement.getChildCount() && seen < targets; i++) {
      if (statement.getChild(i) instanceof PythonParser.Star_expressionsContext target) {
        leaves(target, leaf);
        seen++;
      }
    }
  }

  static void leaves(ParseTree node, Consumer<Leaf> leaf) {
    if (node instanceof PythonParser.UnaryContext unary) {
      List<PythonParser.TrailerContext> trailers = unary.trailer();
      unpack(unary.atom(), trailers, unary.getChildCount() == 1 + trailers.size(), leaf);
    } else if (node instanceof PythonParser.TargetContext target) {
      unpack(target.atom(), target.trailer(), true, leaf);
    } else if (transparent(node)) {
      ParserRuleContext context = (ParserRuleContext) node;
      for (int i = 0; i < context.getChildCount(); i++) {
        leaves(context.getChild(i), leaf);
      }
    }
  }

  /** Nodes a target can hold its leaves in: lists of targets, starred items, and single-operand wrappers. */
  private static boolean transparent(ParseTree node) {
    if (!(node instanceof ParserRuleContext context)) {
      return false;
    }
    return switch (context.getRuleIndex()) {
      case PythonParser.RULE_star_expressions, PythonParser.RULE_target_list, PythonParser.RULE_star_expression -> true;
      case PythonParser.RULE_star_named_expression -> ((PythonParser.Star_named_expressionContext) node).WALRUS() == null;
      case PythonParser.RULE_testlist_comp -> ((PythonParser.Testlist_compContext) node).comp_for() == null;
      case PythonParser.RULE_expression, PythonParser.RULE_disjunction, PythonParser.RULE_arith ->
          context.getChildCount() == 1;
      default -> false;
    };
  }

  private static void unpack(PythonParser.AtomContext atom, List<PythonParser.TrailerContext> trailers, boolean plain,
      Consumer<Leaf> leaf) {
    if (!plain) {
      return;
    }
    boolean group = trailers.isEmpty() && atom.testlist_comp() != null;
    if (group) {
      leaves(atom.testlist_comp(), leaf);
    } else {
      leaf.accept(new Leaf(atom, trailers));
    }
  }
}
