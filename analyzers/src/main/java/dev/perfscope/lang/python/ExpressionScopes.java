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
    Set<String> own = new HashSet<>();
    for (int i = 0; i < node.getChildCount(); i++) {
      if (node.getChild(i) instanceof PythonParser.Comp_forContext comprehension) {
        comprehension.target_list().forEach(targets -> Targets.leaves(targets, leaf -> {
          if (leaf.boundName() != null) {
            own.add(leaf.boundName().getText());
          }
        }));
      }
    }
    if (node instanceof PythonParser.LambdefContext lambda && lambda.lambda_parameters() != null) {
      lambda.lambda_parameters().lambda_parameter().stream().filter(p -> p.name() != null)
          .forEach(p -> own.add(p.name().getText()));
    }
    if (own.isEmpty()) {
      return inner;
    }
    own.addAll(inner);
    return own;
  }

  /** The first child that uses names: past the keyword of {@code f(key=value)}. */
  static int firstWalked(ParserRuleContext node) {
    return node instanceof PythonParser.ArgumentContext argument && argument.ASSIGN() != null ? 1 : 0;
  }
}
