package dev.perfscope.lang.python.metrics;

import dev.perfscope.lang.python.parser.PythonParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Cyclomatic complexity as radon 6 counts it: 1, plus each {@code if}, {@code elif} and conditional expression,
 * each loop and its {@code else}, each {@code except} of a plain {@code try} and its {@code else}, each
 * {@code assert} (not looked into), each {@code and}/{@code or}, each comprehension {@code for} and
 * {@code if}, and one per {@code case} less one for an irrefutable case. Nested defs and classes count apart.
 * Example: {@code def f(a): return [x for x in a if x and a] if a else None} is 1 + 1 + 1 + 1 + 1 = 5.
 */
public final class CyclomaticComplexity {
  private final FStringFields fields;
  private final DecisionTokens decisions;

  public CyclomaticComplexity(FStringFields fields, DecisionTokens decisions) {
    this.fields = fields;
    this.decisions = decisions;
  }

  public int of(PythonParser.Function_defContext def) {
    return 1 + count(def.block());
  }

  int count(ParseTree node) {
    if (node instanceof TerminalNode terminal) {
      return inFields(terminal);
    }
    ParserRuleContext context = (ParserRuleContext) node;
    if (holdsNoDecision(context)) {
      return 0;
    }
    return switch (context.getRuleIndex()) {
      case PythonParser.RULE_function_def, PythonParser.RULE_class_def, PythonParser.RULE_decorated -> 0;
      case PythonParser.RULE_assert_stmt -> 1; // its condition is not looked into
      default -> own(context) + children(context);
    };
  }

  /** A subtree without decision tokens adds nothing; a replacement field, parsed apart, is walked whole. */
  private boolean holdsNoDecision(ParserRuleContext context) {
    return decisions != null && !decisions.any(context);
  }

  /** The decisions in the replacement fields of an f-string token. */
  private int inFields(TerminalNode terminal) {
    int sum = 0;
    for (FStringFields.Field field : fields.of(terminal.getSymbol())) {
      sum += new CyclomaticComplexity(field.fields(), null).count(field.tree());
    }
    return sum;
  }

  /** What a node adds by itself, its children aside. */
  private static int own(ParserRuleContext context) {
    return switch (context.getRuleIndex()) {
      case PythonParser.RULE_if_stmt -> 1 + ((PythonParser.If_stmtContext) context).elif_clause().size();
      case PythonParser.RULE_while_stmt -> 1 + present(((PythonParser.While_stmtContext) context).else_block());
      case PythonParser.RULE_for_stmt -> 1 + present(((PythonParser.For_stmtContext) context).else_block());
      case PythonParser.RULE_try_stmt -> handlers((PythonParser.Try_stmtContext) context);
      case PythonParser.RULE_expression -> present(((PythonParser.ExpressionContext) context).IF());
      case PythonParser.RULE_disjunction -> {
        PythonParser.DisjunctionContext operators = (PythonParser.DisjunctionContext) context;
        yield operators.AND().size() + operators.OR().size();
      }
      case PythonParser.RULE_comp_for -> {
        PythonParser.Comp_forContext comprehension = (PythonParser.Comp_forContext) context;
        yield comprehension.FOR().size() + comprehension.IF().size();
      }
      case PythonParser.RULE_match_stmt -> cases((PythonParser.Match_stmtContext) context);
      default -> 0;
    };
  }

  private int children(ParserRuleContext context) {
    int sum = 0;
    for (int i = 0; i < context.getChildCount(); i++) {
      sum += count(context.getChild(i));
    }
    return sum;
  }

  /** 1 for an optional part that is there ({@code else}, the {@code if} of a conditional expression), else 0. */
  private static int present(Object part) {
    return part == null ? 0 : 1;
  }

  /** radon counts the handlers and the else of a {@code try}, and nothing for a {@code try} with {@code except*}. */
  private static int handlers(PythonParser.Try_stmtContext statement) {
    for (PythonParser.Except_clauseContext handler : statement.except_clause()) {
      if (handler.STAR() != null) {
        return 0;
      }
    }
    return statement.except_clause().size() + present(statement.else_block());
  }

  private static int cases(PythonParser.Match_stmtContext match) {
    boolean irrefutable = false;
    for (PythonParser.Case_blockContext block : match.case_block()) {
      irrefutable |= Patterns.isBareCapture(block.patterns());
    }
    return Math.max(0, match.case_block().size() - (irrefutable ? 1 : 0));
  }
}
