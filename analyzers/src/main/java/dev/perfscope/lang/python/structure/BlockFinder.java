package dev.perfscope.lang.python.structure;

import dev.perfscope.lang.python.metrics.CognitiveComplexity;
import dev.perfscope.lang.python.metrics.ModuleWalker;
import dev.perfscope.lang.python.parser.PythonLexer;
import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.lang.python.parser.TokenPrefix;
import dev.perfscope.lang.python.parser.Trees;
import dev.perfscope.model.Block;
import dev.perfscope.model.FunctionMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;

/**
 * The candidate blocks for extraction in one def, by the rules Java's follow: each compound statement
 * ({@code if}, loop, {@code try}, {@code with}, {@code match}) of at least three lines, and each paragraph of
 * the body (two or more statements between blank or comment lines, a docstring being a comment) that does not
 * jump out of itself ({@link Exits}), nor is the whole body; the largest shares of cognitive complexity first.
 * Only defs of at least {@value #MIN_LINES} lines or cognitive complexity {@value #MIN_COGNITIVE} get any.
 */
final class BlockFinder {
  static final int MIN_LINES = 20;
  static final int MIN_COGNITIVE = 8;
  private static final int MIN_BLOCK_LINES = 3;
  private static final int MAX_BLOCKS = 12;

  private final TokenStream tokens;
  private final CognitiveComplexity cognitive;
  private final Scopes scopes;
  private final TokenPrefix jumps;

  BlockFinder(TokenStream tokens, CognitiveComplexity cognitive, Scopes scopes) {
    this.tokens = tokens;
    this.jumps = Exits.jumpTokens(tokens);
    this.cognitive = cognitive;
    this.scopes = scopes;
  }

  List<Block> of(ModuleWalker.Unit unit, FunctionMetrics metrics) {
    List<PythonParser.StmtContext> body = unit.def().block().stmt();
    if (body.isEmpty() || metrics.lines() < MIN_LINES && metrics.cognitive() < MIN_COGNITIVE) {
      return List.of();
    }
    List<PythonParser.StmtContext> statements = body.stream().filter(s -> !isString(s)).toList();
    List<List<ParserRuleContext>> runs = new ArrayList<>();
    compounds(unit.def().block(), runs);
    runs.addAll(paragraphs(statements));
    Exits exits = new Exits(jumps);
    runs.removeIf(run -> exits.leave(run) || run.size() == statements.size() && run.get(0) == statements.get(0));
    // rank first: only the blocks kept need their reads and writes, the costly part
    List<Ranked> kept = runs.stream()
        .map(run -> new Ranked(run, share(run, unit.def()), last(run) - run.get(0).getStart().getLine() + 1))
        .sorted(Comparator.comparingInt(Ranked::cognitive).reversed()
            .thenComparing(Comparator.comparingInt(Ranked::lines).reversed()))
        .limit(MAX_BLOCKS).toList();
    if (kept.isEmpty()) {
      return List.of();
    }
    BlockLocals locals = new BlockLocals(unit.def(), unit.method(), scopes);
    return kept.stream()
        .map(ranked -> new Block(metrics.name(), ranked.run().get(0).getStart().getLine(), last(ranked.run()),
            ranked.cognitive(), locals.reads(ranked.run()), locals.writes(ranked.run())))
        .toList();
  }

  /** A candidate run with what ranks it. */
  private record Ranked(List<ParserRuleContext> run, int cognitive, int lines) {}

  /**
   * The compound statements of the def's own code, however deep, not those of nested defs and classes: only
   * statements and their clauses can hold one, so expressions are not entered.
   */
  private void compounds(ParserRuleContext node, List<List<ParserRuleContext>> runs) {
    for (int i = 0; i < node.getChildCount(); i++) {
      if (node.getChild(i) instanceof ParserRuleContext child && Trees.isStatementPart(child)) {
        if (isCandidate(child) && lines(List.of(child)) >= MIN_BLOCK_LINES) {
          runs.add(List.of(child));
        }
        compounds(child, runs);
      }
    }
  }

  private static boolean isCandidate(ParserRuleContext node) {
    return switch (node.getRuleIndex()) {
      case PythonParser.RULE_if_stmt, PythonParser.RULE_for_stmt, PythonParser.RULE_while_stmt,
          PythonParser.RULE_try_stmt, PythonParser.RULE_with_stmt, PythonParser.RULE_match_stmt -> true;
      default -> false;
    };
  }

  /** Runs of two or more statements not separated by a blank or comment line. */
  private List<List<ParserRuleContext>> paragraphs(List<PythonParser.StmtContext> statements) {
    List<List<ParserRuleContext>> paragraphs = new ArrayList<>();
    List<ParserRuleContext> current = new ArrayList<>();
    for (PythonParser.StmtContext s : statements) {
      if (!current.isEmpty() && s.getStart().getLine() > last(current) + 1) {
        keep(current, paragraphs);
        current = new ArrayList<>();
      }
      current.add(s);
    }
    keep(current, paragraphs);
    return paragraphs;
  }

  private void keep(List<ParserRuleContext> paragraph, List<List<ParserRuleContext>> paragraphs) {
    if (paragraph.size() >= 2 && lines(paragraph) >= MIN_BLOCK_LINES) {
      paragraphs.add(List.copyOf(paragraph));
    }
  }

  /** The cognitive complexity the run's statements add where they stand, at their nesting in the def. */
  private int share(List<ParserRuleContext> run, PythonParser.Function_defContext def) {
    int nesting = 0;
    for (ParserRuleContext n = run.get(0).getParent(); n != null && n != def; n = n.getParent()) {
      nesting += n instanceof PythonParser.BlockContext && raisesNesting(n.getParent()) ? 1 : 0;
    }
    int sum = 0;
    for (ParserRuleContext statement : run) {
      sum += cognitive.share(statement, nesting);
    }
    return sum;
  }

  /** The constructs whose body {@link CognitiveComplexity} counts one level deeper. */
  private static boolean raisesNesting(ParserRuleContext construct) {
    return switch (construct.getRuleIndex()) {
      case PythonParser.RULE_if_stmt, PythonParser.RULE_elif_clause, PythonParser.RULE_else_block,
          PythonParser.RULE_while_stmt, PythonParser.RULE_for_stmt, PythonParser.RULE_except_clause,
          PythonParser.RULE_case_block -> true;
      default -> false;
    };
  }

  private static boolean isString(PythonParser.StmtContext statement) {
    if (statement.getStart().getType() != PythonLexer.STRING) {
      return false;
    }
    PythonParser.Simple_stmtsContext simple = statement.simple_stmts();
    return simple != null && simple.simple_stmt().size() == 1 && simple.simple_stmt(0).expr_stmt() != null
        && Trees.isStringStatement(simple.simple_stmt(0).expr_stmt());
  }

  private int last(List<ParserRuleContext> run) {
    return Trees.endLine(run.get(run.size() - 1), tokens);
  }

  private int lines(List<ParserRuleContext> run) {
    return last(run) - run.get(0).getStart().getLine() + 1;
  }
}
