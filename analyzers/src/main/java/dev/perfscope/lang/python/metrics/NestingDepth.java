package dev.perfscope.lang.python.metrics;

import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.lang.python.parser.Trees;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The deepest nesting of {@code if}, {@code for}, {@code while}, {@code try} and {@code with} statements in a
 * unit's own body; {@code elif}, {@code else}, {@code except} and {@code finally} stay at their statement's
 * level. Example: a {@code with} holding a {@code for} holding an {@code if} is 3.
 */
public final class NestingDepth {
  private NestingDepth() {}

  public static int of(PythonParser.Function_defContext def) {
    return deepest(def.block(), 0);
  }

  private static int deepest(ParserRuleContext node, int depth) {
    int inner = depth;
    switch (node.getRuleIndex()) {
      case PythonParser.RULE_function_def, PythonParser.RULE_class_def, PythonParser.RULE_decorated -> {
        return 0;
      }
      case PythonParser.RULE_if_stmt, PythonParser.RULE_for_stmt, PythonParser.RULE_while_stmt,
          PythonParser.RULE_try_stmt, PythonParser.RULE_with_stmt -> inner = depth + 1;
      case PythonParser.RULE_simple_stmts -> {
        return depth;
      }
      default -> { }
    }
    int max = inner;
    for (int i = 0; i < node.getChildCount(); i++) {
      ParseTree child = node.getChild(i);
      if (child instanceof ParserRuleContext context && Trees.isStatementPart(context)) {
        max = Math.max(max, deepest(context, inner));
      }
    }
    return max;
  }
}
