package dev.perfscope.lang.python;

import java.util.HashSet;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * The scopes an expression opens: a comprehension's loop variables and a lambda's parameters are its own and
 * hide the names of the function around it; a keyword argument's name is no use of a variable at all.
 */
final class ExpressionScopes {
  private ExpressionScopes() {}

  /** The names hidden inside {@code node}: those hidden around it, and those it binds for itself. */
  static Set<String> extend(ParserRuleContext node, Set<String> inner) {
    boolean lambda = node instanceof PythonParser.LambdefContext l && l.lambda_parameters() != null;
    if (!lambda && !hostsComprehension(node)) {
      return inner;
    }
    Set<String> own = new HashSet<>(inner);
    if (lambda) {
      ((PythonParser.LambdefContext) node).lambda_parameters().lambda_parameter().stream().filter(p -> p.name() != null)
          .forEach(p -> own.add(p.name().getText()));
    } else if (hostsComprehension(node)) {
      node.getRuleContexts(PythonParser.Comp_forContext.class).forEach(comprehension ->
          comprehension.target_list().forEach(targets -> Targets.leaves(targets, leaf -> {
            if (leaf.boundName() != null) {
              own.add(leaf.boundName().getText());
            }
          })));
    }
    return own;
  }

  private static boolean hostsComprehension(ParserRuleContext node) {
    return node instanceof PythonParser.Testlist_compContext list && list.comp_for() != null
        || node instanceof PythonParser.AtomContext atom && atom.comp_for() != null
        || node instanceof PythonParser.ArgumentContext argument && argument.comp_for() != null;
  }

  /** The first child that uses names: past the keyword of {@code f(key=value)}. */
  static int firstWalked(ParserRuleContext node) {
    return node instanceof PythonParser.ArgumentContext argument && argument.ASSIGN() != null ? 1 : 0;
  }
}
