package dev.perfscope.lang.python;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

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

  void bind(ParserRuleContext node, ParserRuleContext block) {
    if (node instanceof PythonParser.Expr_stmtContext statement && statement.getChildCount() > 1) {
      boolean augmented = statement.AUGASSIGN() != null;
      Targets.ofAssignment(statement, leaf -> bound(leaf, stop(statement), block, augmented));
    } else if (node instanceof PythonParser.For_stmtContext loop) {
      Targets.leaves(loop.target_list(), leaf -> bound(leaf, stop(loop.star_expressions()), loop.block(), false));
    } else if (node instanceof PythonParser.With_itemContext item && item.target() != null) {
      ParserRuleContext body = ((PythonParser.With_stmtContext) item.getParent()).block();
      Targets.leaves(item.target(), leaf -> bound(leaf, stop(item), body, false));
    } else if (walrus(node)) {
      Targets.leaves(node.getChild(0), leaf -> bound(leaf, stop(node), block, false));
    } else {
      written(node, block);
    }
  }

  private static boolean walrus(ParserRuleContext node) {
    return node instanceof PythonParser.Named_expressionContext named && named.WALRUS() != null
        || node instanceof PythonParser.Star_named_expressionContext starred && starred.WALRUS() != null
        || node instanceof PythonParser.ArgumentContext argument && argument.WALRUS() != null;
  }

  private void written(ParserRuleContext node, ParserRuleContext block) {
    if (node instanceof PythonParser.Except_clauseContext clause && clause.name() != null) {
      int at = clause.name().getStart().getTokenIndex();
      uses.store(clause.name().getText(), at, at, clause.block());
    } else if (node instanceof PythonParser.Import_stmtContext imported) {
      ImportedNames.of(imported).keySet().forEach(name ->
          uses.store(name, imported.getStart().getTokenIndex(), stop(imported), block));
    } else if (node instanceof PythonParser.Global_stmtContext global) {
      global.name().forEach(name -> uses.global(name.getText()));
    } else if (node instanceof PythonParser.Type_aliasContext alias) {
      uses.store(alias.name().getText(), alias.getStart().getTokenIndex(), stop(alias), block);
    } else if (node instanceof PythonParser.Case_blockContext match) {
      captures(match.patterns(), match.block());
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
