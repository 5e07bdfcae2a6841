package dev.perfscope.lang.python.parser;

import java.util.function.Consumer;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Small questions about parse trees that the syntax checks, the metrics and the structure all ask. */
public final class Trees {
  private Trees() {}

  /** A statement that is measured on its own and so counts in no enclosing unit: a def or a class. */
  public static boolean isNestedScope(ParseTree node) {
    if (!(node instanceof ParserRuleContext context)) {
      return false;
    }
    int rule = context.getRuleIndex();
    return rule == PythonParser.RULE_function_def
        || rule == PythonParser.RULE_class_def
        || rule == PythonParser.RULE_decorated;
  }

  /** A statement or one of the clauses and blocks that hold statements. */
  public static boolean isStatementPart(ParserRuleContext context) {
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
  public static boolean isStringStatement(PythonParser.Expr_stmtContext statement) {
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

  /** The last line holding code of a statement or definition: not the line of its closing NEWLINE or DEDENT. */
  public static int endLine(ParserRuleContext node, TokenStream tokens) {
    for (int i = node.getStop().getTokenIndex(); i > node.getStart().getTokenIndex(); i--) {
      Token token = tokens.get(i);
      int type = token.getType();
      if (type != PythonLexer.NEWLINE && type != PythonLexer.INDENT && type != PythonLexer.DEDENT) {
        return endLine(token);
      }
    }
    return node.getStart().getLine();
  }

  /** The line a token ends on: only strings span lines. */
  public static int endLine(Token token) {
    int line = token.getLine();
    if (token.getType() == PythonLexer.STRING) {
      String text = token.getText();
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
    }
    return line;
  }

  /** The first line of a definition, its decorators included. */
  public static int startLine(ParserRuleContext definition) {
    ParserRuleContext outer = definition.getParent() instanceof PythonParser.DecoratedContext d ? d : definition;
    return outer.getStart().getLine();
  }

  /**
   * Each statement in {@code container}, looking through compound statements, clauses and decorators but not
   * into a def or class, which are given whole; the parts of a compound statement that are no statements
   * (its condition, its targets) are given too, and callers ignore them.
   */
  public static void eachStatement(ParserRuleContext container, Consumer<ParserRuleContext> each) {
    for (int i = 0; i < container.getChildCount(); i++) {
      if (container.getChild(i) instanceof ParserRuleContext child) {
        if (isStatementPart(child) || child instanceof PythonParser.DecoratedContext
            || child instanceof PythonParser.Simple_stmtContext) {
          eachStatement(child, each);
        } else {
          each.accept(child);
        }
      }
    }
  }

  /** A name's text: its one token's, without the copy {@code getText()} of a rule makes. */
  public static String text(PythonParser.NameContext name) {
    return text(name.getStart());
  }

  /**
   * A token's text, which the token keeps from then on: it is otherwise copied out of the source on every
   * {@code getText()}, and the structure asks for most names more than once.
   */
  public static String text(Token token) {
    String text = token.getText();
    if (token instanceof CommonToken kept) {
      kept.setText(text);
    }
    return text;
  }
}
