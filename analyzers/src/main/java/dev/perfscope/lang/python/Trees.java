package dev.perfscope.lang.python;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Small questions about parse trees that more than one metric asks. */
final class Trees {
  private Trees() {}

  /** A statement that is measured on its own and so counts in no enclosing unit: a def or a class. */
  static boolean isNestedScope(ParseTree node) {
    if (!(node instanceof ParserRuleContext context)) {
      return false;
    }
    int rule = context.getRuleIndex();
    return rule == PythonParser.RULE_function_def
        || rule == PythonParser.RULE_class_def
        || rule == PythonParser.RULE_decorated;
  }

  /** A statement or one of the clauses and blocks that hold statements. */
  static boolean isStatementPart(ParserRuleContext context) {
    return switch (context.getRuleIndex()) {
      case PythonParser.RULE_stmt, PythonParser.RULE_compound_stmt, PythonParser.RULE_block,
          PythonParser.RULE_simple_stmts, PythonParser.RULE_if_stmt, PythonParser.RULE_elif_clause,
          PythonParser.RULE_else_block, PythonParser.RULE_for_stmt, PythonParser.RULE_while_stmt,
          PythonParser.RULE_try_stmt, PythonParser.RULE_except_clause, PythonParser.RULE_finally_block,
          PythonParser.RULE_with_stmt, PythonParser.RULE_match_stmt, PythonParser.RULE_case_block -> true;
      default -> false;
    };
  }

  /** Whether an expression statement is a string and nothing else (a docstring or a bare string). */
  static boolean isStringStatement(PythonParser.Expr_stmtContext statement) {
    if (statement.getChildCount() != 1) {
      return false;
    }
    ParseTree node = statement.getChild(0);
    while (node instanceof ParserRuleContext context && context.getChildCount() == 1
        && context.getRuleIndex() != PythonParser.RULE_atom) {
      node = context.getChild(0);
    }
    if (!(node instanceof PythonParser.AtomContext atom)) {
      return false;
    }
    for (int i = 0; i < atom.getChildCount(); i++) {
      if (!(atom.getChild(i) instanceof TerminalNode terminal)
          || terminal.getSymbol().getType() != PythonLexer.STRING) {
        return false;
      }
    }
    return true;
  }
}
