package dev.perfscope.lang.python.structure;

import dev.perfscope.lang.python.parser.PythonLexer;
import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.lang.python.parser.TokenPrefix;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;

/**
 * Which expressions are plain: they hold no lambda, comprehension, {@code :=} or keyword argument, so nothing
 * in them hides a name or binds one by itself. The names a plain expression uses are then simply its name
 * tokens that do not follow a dot (an attribute's {@code .x}), in source order, as a walk of its tree would
 * find them: {@link NameUses} reads them off the tokens instead of walking the many nodes above each one.
 */
final class PlainExpressions {
  private final TokenPrefix scoping;

  PlainExpressions(TokenStream tokens) {
    this.scoping = TokenPrefix.ofTypes(tokens, PythonLexer.LAMBDA, PythonLexer.FOR, PythonLexer.WALRUS,
        PythonLexer.ASSIGN);
  }

  /** Whether {@code node}, of rule {@code rule}, is an expression (not a statement, a target or a name) and plain. */
  boolean isPlain(ParserRuleContext node, int rule) {
    return isExpression(rule) && !scoping.any(node.getStart().getTokenIndex(), node.getStop().getTokenIndex());
  }

  private static boolean isExpression(int rule) {
    return switch (rule) {
      case PythonParser.RULE_star_expressions, PythonParser.RULE_star_expression,
          PythonParser.RULE_star_named_expression, PythonParser.RULE_named_expression, PythonParser.RULE_expression,
          PythonParser.RULE_disjunction, PythonParser.RULE_arith, PythonParser.RULE_unary, PythonParser.RULE_atom,
          PythonParser.RULE_trailer, PythonParser.RULE_testlist_comp, PythonParser.RULE_brace_item,
          PythonParser.RULE_slices, PythonParser.RULE_slice, PythonParser.RULE_slice_rest,
          PythonParser.RULE_arguments, PythonParser.RULE_argument, PythonParser.RULE_yield_expr -> true;
      default -> false;
    };
  }

  /** Whether a token of this type can be a name: the soft keywords can. */
  static boolean isName(int type) {
    return type == PythonLexer.NAME || type == PythonLexer.MATCH || type == PythonLexer.CASE
        || type == PythonLexer.TYPE;
  }
}
