package dev.perfscope.lang.python.metrics;

import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.lang.python.parser.Trees;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Walks a module's statements (never into expressions) to find its units with their {@code __qualname__},
 * its classes, and the tokens of string statements, which count as comment lines.
 */
public final class ModuleWalker {
  /** A {@code def} found in the module; {@code method} if it sits directly in a class body. */
  public record Unit(PythonParser.Function_defContext def, String qualname, boolean method) {}

  private final List<Unit> units = new ArrayList<>();
  private final List<ParserRuleContext> declarations = new ArrayList<>();
  private final BitSet stringStatementTokens = new BitSet();
  private int classes;

  public static ModuleWalker walk(PythonParser.File_inputContext module) {
    ModuleWalker walker = new ModuleWalker();
    walker.statements(module, "", false);
    return walker;
  }

  /** Every {@code def}, in source order. */
  public List<Unit> units() {
    return units;
  }

  /** Every {@code def} and {@code class}, in source order, for suppression comments to attach to. */
  public List<ParserRuleContext> declarations() {
    return declarations;
  }

  /** The tokens of string statements (docstrings), which count as comment lines. */
  public BitSet stringStatementTokens() {
    return stringStatementTokens;
  }

  /** How many classes the module defines, nested ones included. */
  public int classes() {
    return classes;
  }

  private void statements(ParserRuleContext container, String prefix, boolean classBody) {
    for (int i = 0; i < container.getChildCount(); i++) {
      ParseTree child = container.getChild(i);
      if (child instanceof ParserRuleContext context) {
        statement(context, prefix, classBody);
      }
    }
  }

  private void statement(ParserRuleContext node, String prefix, boolean classBody) {
    switch (node.getRuleIndex()) {
      case PythonParser.RULE_function_def -> {
        PythonParser.Function_defContext def = (PythonParser.Function_defContext) node;
        String qualname = prefix + def.name().getText();
        units.add(new Unit(def, qualname, classBody));
        declarations.add(def);
        statements(def.block(), qualname + ".<locals>.", false);
      }
      case PythonParser.RULE_class_def -> {
        PythonParser.Class_defContext type = (PythonParser.Class_defContext) node;
        classes++;
        declarations.add(type);
        statements(type.block(), prefix + type.name().getText() + ".", true);
      }
      case PythonParser.RULE_expr_stmt -> {
        if (Trees.isStringStatement((PythonParser.Expr_stmtContext) node)) {
          markTokens(node);
        }
      }
      case PythonParser.RULE_stmt, PythonParser.RULE_compound_stmt, PythonParser.RULE_simple_stmts,
          PythonParser.RULE_simple_stmt, PythonParser.RULE_block, PythonParser.RULE_decorated,
          PythonParser.RULE_if_stmt, PythonParser.RULE_elif_clause, PythonParser.RULE_else_block,
          PythonParser.RULE_while_stmt, PythonParser.RULE_for_stmt, PythonParser.RULE_with_stmt,
          PythonParser.RULE_try_stmt, PythonParser.RULE_except_clause, PythonParser.RULE_finally_block,
          PythonParser.RULE_match_stmt, PythonParser.RULE_case_block -> statements(node, prefix, classBody);
      default -> { }
    }
  }

  private void markTokens(ParseTree node) {
    if (node instanceof TerminalNode terminal) {
      stringStatementTokens.set(terminal.getSymbol().getTokenIndex());
    } else {
      for (int i = 0; i < node.getChildCount(); i++) {
        markTokens(node.getChild(i));
      }
    }
  }
}
