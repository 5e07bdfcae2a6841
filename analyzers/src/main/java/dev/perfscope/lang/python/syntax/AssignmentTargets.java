package dev.perfscope.lang.python.syntax;

import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.lang.python.parser.Trees;
import dev.perfscope.model.Problem;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * CPython's check of what stands left of {@code =}, of an augmented or annotated assignment, after
 * {@code for}, {@code as} and {@code del}: a name, an attribute, a subscript, or a tuple or list of targets.
 * The grammar accepts any expression there; this finds the first one CPython would refuse
 * ({@code f() = 1}, {@code a + b = c}, {@code (a, b) += 1}).
 */
final class AssignmentTargets {
  private AssignmentTargets() {}

  static Problem check(PythonParser.File_inputContext module) {
    return statements(module);
  }

  private static Problem statements(ParserRuleContext container) {
    for (int i = 0; i < container.getChildCount(); i++) {
      if (container.getChild(i) instanceof ParserRuleContext child) {
        Problem problem = statement(child);
        if (problem != null) {
          return problem;
        }
      }
    }
    return null;
  }

  private static Problem statement(ParserRuleContext node) {
    return switch (node.getRuleIndex()) {
      case PythonParser.RULE_expr_stmt -> assignment((PythonParser.Expr_stmtContext) node);
      case PythonParser.RULE_for_stmt -> {
        Problem problem = targets(((PythonParser.For_stmtContext) node).target_list());
        yield problem != null ? problem : statements(node);
      }
      case PythonParser.RULE_del_stmt -> targets(((PythonParser.Del_stmtContext) node).target_list());
      case PythonParser.RULE_with_item -> {
        PythonParser.TargetContext target = ((PythonParser.With_itemContext) node).target();
        yield target == null ? null : target(target);
      }
      default -> Trees.isStatementPart(node) || isScopeOrStatement(node) ? statements(node) : null;
    };
  }

  private static boolean isScopeOrStatement(ParserRuleContext node) {
    int rule = node.getRuleIndex();
    return rule == PythonParser.RULE_file_input || rule == PythonParser.RULE_function_def
        || rule == PythonParser.RULE_class_def || rule == PythonParser.RULE_decorated
        || rule == PythonParser.RULE_simple_stmt || rule == PythonParser.RULE_with_item;
  }

  private static Problem assignment(PythonParser.Expr_stmtContext statement) {
    if (statement.getChildCount() == 1) {
      return null; // an expression statement: nothing is assigned
    }
    if (statement.AUGASSIGN() != null || statement.COLON() != null) {
      return single(statement.getChild(0));
    }
    int values = statement.ASSIGN().size();
    for (int i = 0, seen = 0; i < statement.getChildCount() && seen < values; i++) {
      ParseTree child = statement.getChild(i);
      if (child instanceof PythonParser.Star_expressionsContext targets) {
        Problem problem = targets(targets);
        if (problem != null) {
          return problem;
        }
        seen++;
      } else if (child instanceof PythonParser.Yield_exprContext yield) {
        return refused(yield);
      }
    }
    return null;
  }

  private static Problem targets(PythonParser.Target_listContext list) {
    for (PythonParser.TargetContext target : list.target()) {
      Problem problem = target(target);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static Problem target(PythonParser.TargetContext target) {
    return atomWithTrailers(target.atom(), target.trailer().size(), target.trailer().isEmpty() ? null
        : target.trailer(target.trailer().size() - 1), target);
  }

  private static Problem targets(PythonParser.Star_expressionsContext list) {
    for (PythonParser.Star_expressionContext item : list.star_expression()) {
      Problem problem = item.STAR() != null ? arith(item.arith()) : expression(item.expression());
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /** The target of an augmented or annotated assignment: one name, attribute or subscript. */
  private static Problem single(ParseTree side) {
    if (!(side instanceof PythonParser.Star_expressionsContext list) || list.star_expression().size() != 1
        || !list.COMMA().isEmpty() || list.star_expression(0).STAR() != null) {
      return refused((ParserRuleContext) side);
    }
    PythonParser.ExpressionContext expression = list.star_expression(0).expression();
    Problem problem = expression(expression);
    if (problem != null) {
      return problem;
    }
    PythonParser.AtomContext atom = expression.disjunction(0).unary(0).atom();
    boolean bare = expression.disjunction(0).unary(0).trailer().isEmpty();
    if (bare && atom.name() == null && !isParenthesizedSingle(atom)) {
      return refused(expression);
    }
    return null;
  }

  private static boolean isParenthesizedSingle(PythonParser.AtomContext atom) {
    PythonParser.Testlist_compContext inner = atom.testlist_comp();
    return atom.LPAR() != null && inner != null && inner.COMMA().isEmpty() && inner.comp_for() == null
        && inner.star_named_expression(0).STAR() == null
        && single(inner.star_named_expression(0)) == null;
  }

  private static Problem single(PythonParser.Star_named_expressionContext item) {
    PythonParser.ExpressionContext expression = item.expression(0);
    if (item.WALRUS() != null || expression(expression) != null) {
      return refused(item);
    }
    PythonParser.UnaryContext unary = expression.disjunction(0).unary(0);
    return unary.trailer().isEmpty() && unary.atom().name() == null && !isParenthesizedSingle(unary.atom())
        ? refused(item) : null;
  }

  private static Problem expression(PythonParser.ExpressionContext expression) {
    if (expression.lambdef() != null || expression.IF() != null) {
      return refused(expression);
    }
    PythonParser.DisjunctionContext disjunction = expression.disjunction(0);
    if (disjunction.getChildCount() != 1) {
      return refused(expression);
    }
    return unary(disjunction.unary(0));
  }

  private static Problem arith(PythonParser.ArithContext arith) {
    return arith.getChildCount() != 1 ? refused(arith) : unary(arith.unary(0));
  }

  private static Problem unary(PythonParser.UnaryContext unary) {
    if (!(unary.getChild(0) instanceof PythonParser.AtomContext) || unary.POWER() != null) {
      return refused(unary);
    }
    int trailers = unary.trailer().size();
    return atomWithTrailers(unary.atom(), trailers, trailers == 0 ? null : unary.trailer(trailers - 1), unary);
  }

  private static Problem atomWithTrailers(PythonParser.AtomContext atom, int trailers,
      PythonParser.TrailerContext last, ParserRuleContext whole) {
    if (trailers > 0) {
      return last.LPAR() != null ? refused(whole) : null;
    }
    if (atom.name() != null) {
      return null;
    }
    return atom.LPAR() != null || atom.LSQB() != null ? sequence(atom) : refused(atom);
  }

  /** A parenthesized or bracketed target: each item a target; a comprehension or a yield is refused. */
  private static Problem sequence(PythonParser.AtomContext atom) {
    if (atom.yield_expr() != null) {
      return refused(atom);
    }
    PythonParser.Testlist_compContext items = atom.testlist_comp();
    if (items == null) {
      return null;
    }
    if (items.comp_for() != null) {
      return refused(atom);
    }
    for (PythonParser.Star_named_expressionContext item : items.star_named_expression()) {
      Problem problem = sequenceItem(item);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static Problem sequenceItem(PythonParser.Star_named_expressionContext item) {
    if (item.STAR() != null) {
      return arith(item.arith());
    }
    return item.WALRUS() != null ? refused(item) : expression(item.expression(0));
  }

  private static Problem refused(ParserRuleContext expression) {
    String text = expression.getStart().getText();
    return new Problem(expression.getStart().getLine(), expression.getStart().getCharPositionInLine() + 1,
        "cannot assign to the expression starting at '" + shorten(text) + "'");
  }

  private static String shorten(String text) {
    String line = text.lines().findFirst().orElse("");
    return line.length() > 20 ? line.substring(0, 20) + "..." : line;
  }
}
