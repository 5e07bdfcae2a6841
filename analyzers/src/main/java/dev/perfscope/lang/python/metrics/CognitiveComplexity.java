package dev.perfscope.lang.python.metrics;

import dev.perfscope.lang.python.parser.PythonLexer;
import dev.perfscope.lang.python.parser.PythonParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Cognitive complexity by SonarPython's rules: {@code if}, loops, each {@code except} and conditional
 * expressions add 1 plus the nesting level; {@code elif} and every {@code else:} add 1; each run of like
 * boolean operators adds 1. Nesting rises in the bodies of those constructs, in {@code case} bodies and in
 * conditional expressions (not in lambdas, as in SonarPython); {@code try}, {@code finally}, {@code with}
 * and {@code match} add nothing. Nested defs and classes count apart (SonarPython folds nested defs in).
 * Example: {@code for x in a:\n if x and y or z: ...} is 1 + (1 + 1) + 2 = 5.
 */
public final class CognitiveComplexity {
  private final FStringFields fields;
  private final DecisionTokens decisions;

  public CognitiveComplexity(FStringFields fields, DecisionTokens decisions) {
    this.fields = fields;
    this.decisions = decisions;
  }

  /** The whole definition counts, as SonarPython scans it: decorators, parameter defaults, annotations, body. */
  public int of(PythonParser.Function_defContext def) {
    int sum = 0;
    if (def.getParent() instanceof PythonParser.DecoratedContext decorated) {
      for (PythonParser.DecoratorContext decorator : decorated.decorator()) {
        sum += count(decorator, 0);
      }
    }
    for (int i = 0; i < def.getChildCount(); i++) {
      sum += count(def.getChild(i), 0);
    }
    return sum;
  }

  /** What a statement contributes where it stands, at {@code nesting}: its share of its function's score. */
  public int share(ParseTree statement, int nesting) {
    return count(statement, nesting);
  }

  private int count(ParseTree node, int nesting) {
    if (node instanceof TerminalNode terminal) {
      return inFields(terminal, nesting);
    }
    if (!(node instanceof ParserRuleContext context) || holdsNoDecision(context)) {
      return 0;
    }
    return switch (context.getRuleIndex()) {
      case PythonParser.RULE_function_def, PythonParser.RULE_class_def, PythonParser.RULE_decorated -> 0;
      case PythonParser.RULE_if_stmt, PythonParser.RULE_while_stmt, PythonParser.RULE_for_stmt,
          PythonParser.RULE_except_clause -> 1 + nesting + structure(context, nesting);
      case PythonParser.RULE_elif_clause, PythonParser.RULE_else_block -> 1 + structure(context, nesting);
      case PythonParser.RULE_case_block -> structure(context, nesting);
      case PythonParser.RULE_expression -> expression((PythonParser.ExpressionContext) context, nesting);
      case PythonParser.RULE_disjunction ->
          booleanRuns((PythonParser.DisjunctionContext) context) + children(context, nesting);
      default -> children(context, nesting);
    };
  }

  /** A subtree without decision tokens adds nothing; a replacement field, parsed apart, is walked whole. */
  private boolean holdsNoDecision(ParserRuleContext context) {
    return decisions != null && !decisions.any(context);
  }

  /** The decisions in the replacement fields of an f-string token, at the token's nesting. */
  private int inFields(TerminalNode terminal, int nesting) {
    int sum = 0;
    for (FStringFields.Field field : fields.of(terminal.getSymbol())) {
      sum += new CognitiveComplexity(field.fields(), null).count(field.tree(), nesting);
    }
    return sum;
  }

  /** A conditional expression adds 1 plus the nesting and nests its parts; any other expression just holds them. */
  private int expression(PythonParser.ExpressionContext expression, int nesting) {
    return expression.IF() == null
        ? children(expression, nesting)
        : 1 + nesting + children(expression, nesting + 1);
  }

  /** A construct whose block is nested one deeper; its other parts stay at the current level. */
  private int structure(ParserRuleContext context, int nesting) {
    int sum = 0;
    for (int i = 0; i < context.getChildCount(); i++) {
      ParseTree child = context.getChild(i);
      boolean body = child instanceof PythonParser.BlockContext;
      sum += count(child, body ? nesting + 1 : nesting);
    }
    return sum;
  }

  private int children(ParserRuleContext context, int nesting) {
    int sum = 0;
    for (int i = 0; i < context.getChildCount(); i++) {
      sum += count(context.getChild(i), nesting);
    }
    return sum;
  }

  /** Runs of like operators in textual order: {@code a and b or c and d} has three; {@code not} breaks none. */
  private static int booleanRuns(PythonParser.DisjunctionContext disjunction) {
    int runs = 0;
    int previous = 0;
    for (int i = 0; i < disjunction.getChildCount(); i++) {
      if (disjunction.getChild(i) instanceof TerminalNode operator) {
        int type = operator.getSymbol().getType();
        if ((type == PythonLexer.AND || type == PythonLexer.OR) && type != previous) {
          runs++;
          previous = type;
        }
      }
    }
    return runs;
  }
}
