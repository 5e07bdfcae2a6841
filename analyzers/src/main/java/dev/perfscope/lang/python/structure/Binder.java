package dev.perfscope.lang.python.structure;

import dev.perfscope.lang.python.parser.PythonLexer;
import dev.perfscope.lang.python.parser.PythonParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * What each statement or expression binds, told to {@link NameUses} before the walk reaches the names: the
 * targets of assignments, {@code for}, {@code with ... as} and {@code :=} (each seen by the statements after it
 * in its block, or by the body of its loop or {@code with}); names bound where they are written
 * ({@code except ... as}, imports, {@code type} aliases, {@code case} captures); and {@code global} names.
 */
final class Binder {
  private final NameUses uses;

  Binder(NameUses uses) {
    this.uses = uses;
  }

  /** Whether nodes of this rule can bind a name: the walk asks before {@link #bind}. */
  static boolean binds(int rule) {
    return switch (rule) {
      case PythonParser.RULE_expr_stmt, PythonParser.RULE_for_stmt, PythonParser.RULE_with_item,
          PythonParser.RULE_named_expression, PythonParser.RULE_star_named_expression, PythonParser.RULE_argument,
          PythonParser.RULE_except_clause, PythonParser.RULE_import_stmt, PythonParser.RULE_global_stmt,
          PythonParser.RULE_type_alias, PythonParser.RULE_case_block -> true;
      default -> false;
    };
  }

  /** {@code rule}: the node's rule index, which the walk has already read. */
  void bind(ParserRuleContext node, int rule, ParserRuleContext block) {
    switch (rule) {
      case PythonParser.RULE_expr_stmt -> {
        if (node.getChildCount() > 1) {
          PythonParser.Expr_stmtContext statement = (PythonParser.Expr_stmtContext) node;
          boolean augmented = statement.AUGASSIGN() != null;
          Targets.ofAssignment(statement, leaf -> bound(leaf, stop(statement), block, augmented));
        }
      }
      case PythonParser.RULE_for_stmt -> {
        PythonParser.For_stmtContext loop = (PythonParser.For_stmtContext) node;
        Targets.leaves(loop.target_list(), leaf -> bound(leaf, stop(loop.star_expressions()), loop.block(), false));
      }
      case PythonParser.RULE_with_item -> {
        PythonParser.With_itemContext item = (PythonParser.With_itemContext) node;
        if (item.target() != null) {
          ParserRuleContext body = ((PythonParser.With_stmtContext) item.getParent()).block();
          Targets.leaves(item.target(), leaf -> bound(leaf, stop(item), body, false));
        }
      }
      case PythonParser.RULE_named_expression, PythonParser.RULE_star_named_expression,
          PythonParser.RULE_argument -> {
        if (walrus(node)) {
          Targets.leaves(node.getChild(0), leaf -> bound(leaf, stop(node), block, false));
        }
      }
      default -> written(node, rule, block);
    }
  }

  /** {@code a := b}: the operator is the second of three children (a named expression, a starred item, an argument). */
  private static boolean walrus(ParserRuleContext node) {
    return node.getChildCount() == 3 && node.getChild(1) instanceof TerminalNode operator
        && operator.getSymbol().getType() == PythonLexer.WALRUS;
  }

  private void written(ParserRuleContext node, int rule, ParserRuleContext block) {
    switch (rule) {
      case PythonParser.RULE_except_clause -> {
        PythonParser.Except_clauseContext clause = (PythonParser.Except_clauseContext) node;
        if (clause.name() != null) {
          int at = clause.name().getStart().getTokenIndex();
          uses.store(clause.name().getText(), at, at, clause.block());
        }
      }
      case PythonParser.RULE_import_stmt -> ImportedNames.of((PythonParser.Import_stmtContext) node).keySet()
          .forEach(name -> uses.store(name, node.getStart().getTokenIndex(), stop(node), block));
      case PythonParser.RULE_global_stmt ->
          ((PythonParser.Global_stmtContext) node).name().forEach(name -> uses.global(name.getText()));
      case PythonParser.RULE_type_alias -> uses.store(((PythonParser.Type_aliasContext) node).name().getText(),
          node.getStart().getTokenIndex(), stop(node), block);
      case PythonParser.RULE_case_block -> {
        PythonParser.Case_blockContext match = (PythonParser.Case_blockContext) node;
        captures(match.patterns(), match.block());
      }
      default -> { }
    }
  }

  private void bound(Targets.Leaf leaf, int effective, ParserRuleContext scope, boolean alsoLoads) {
    if (leaf.boundName() != null) {
      uses.bind(leaf.boundName(), effective, scope, alsoLoads);
    }
  }

  /** The names a {@code case} pattern captures: a bare name other than {@code _}, {@code as}, {@code *} and {@code **}. */
  private void captures(ParseTree node, ParserRuleContext body) {
    if (!(node instanceof ParserRuleContext context)) {
      return;
    }
    PythonParser.NameContext capture = capture(context);
    if (capture != null && !capture.getText().equals("_")) {
      int at = capture.getStart().getTokenIndex();
      uses.store(capture.getText(), at, at, body);
    }
    for (int i = 0; i < context.getChildCount(); i++) {
      captures(context.getChild(i), body);
    }
  }

  private static PythonParser.NameContext capture(ParserRuleContext context) {
    if (context instanceof PythonParser.Name_patternContext name && name.name().size() == 1 && name.LPAR() == null) {
      return name.name(0);
    }
    if (context instanceof PythonParser.PatternContext pattern) {
      return pattern.name();
    }
    if (context instanceof PythonParser.Star_patternContext star) {
      return star.name();
    }
    return context instanceof PythonParser.Mapping_itemContext item && item.POWER() != null ? item.name(0) : null;
  }

  private static int stop(ParserRuleContext node) {
    return node.getStop().getTokenIndex();
  }
}
