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
    Set<String> hidden = null;
    for (int i = 0; i < node.getChildCount(); i++) {
      if (node.getChild(i) instanceof PythonParser.Comp_forContext comprehension) {
        hidden = new HashSet<>(inner);
        for (PythonParser.Target_listContext targets : comprehension.target_list()) {
          Set<String> names = hidden;
          Targets.leaves(targets, leaf -> {
            if (leaf.boundName() != null) {
              names.add(leaf.boundName().getText());
            }
          });
        }
      }
    }
    if (node instanceof PythonParser.LambdefContext lambda && lambda.lambda_parameters() != null) {
      hidden = new HashSet<>(inner);
      for (PythonParser.Lambda_parameterContext parameter : lambda.lambda_parameters().lambda_parameter()) {
        if (parameter.name() != null) {
          hidden.add(parameter.name().getText());
        }
      }
    }
    return hidden == null ? inner : hidden;
  }

  /** The first child that uses names: past the keyword of {@code f(key=value)}. */
  static int firstWalked(ParserRuleContext node) {
    return node instanceof PythonParser.ArgumentContext argument && argument.ASSIGN() != null ? 1 : 0;
  }
}
