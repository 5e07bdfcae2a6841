package dev.perfscope.lang.python.structure;

import dev.perfscope.lang.python.parser.PythonLexer;
import dev.perfscope.lang.python.parser.PythonParser;
import java.util.HashSet;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The scopes an expression opens: a comprehension's loop variables and a lambda's parameters are its own and
 * hide the names of the function around it; a keyword argument's name is no use of a variable at all.
 */
final class ExpressionScopes {
  private ExpressionScopes() {}

  /** Whether nodes of this rule can open a scope of their own: the walk asks before {@link #extend}. */
  static boolean opens(int rule) {
    return rule == PythonParser.RULE_lambdef || rule == PythonParser.RULE_testlist_comp
        || rule == PythonParser.RULE_atom || rule == PythonParser.RULE_argument;
  }

  /** The names hidden inside {@code node} (of rule {@code rule}): those hidden around it, and those it binds for itself. */
  static Set<String> extend(ParserRuleContext node, int rule, Set<String> inner) {
    return switch (rule) {
      case PythonParser.RULE_lambdef -> {
        PythonParser.Lambda_parametersContext parameters = ((PythonParser.LambdefContext) node).lambda_parameters();
        yield parameters == null ? inner : withParameters(parameters, inner);
      }
      case PythonParser.RULE_testlist_comp, PythonParser.RULE_atom, PythonParser.RULE_argument ->
          hostsComprehension(node) ? withLoopTargets(node, inner) : inner;
      default -> inner;
    };
  }

  private static Set<String> withParameters(PythonParser.Lambda_parametersContext parameters, Set<String> inner) {
    Set<String> own = new HashSet<>(inner);
    parameters.lambda_parameter().stream().filter(p -> p.name() != null).forEach(p -> own.add(p.name().getText()));
    return own;
  }

  /** A comprehension's loop variables, of every {@code for} in it, nested comprehensions' included. */
  private static Set<String> withLoopTargets(ParserRuleContext node, Set<String> inner) {
    Set<String> own = new HashSet<>(inner);
    node.getRuleContexts(PythonParser.Comp_forContext.class).forEach(comprehension ->
        comprehension.target_list().forEach(targets -> Targets.leaves(targets, leaf -> {
          if (leaf.boundName() != null) {
            own.add(leaf.boundName().getText());
          }
        })));
    return own;
  }

  /** {@code x for x in y} in a list, tuple, set, dict or call: its {@code for} is the last or, in braces, second-last child. */
  private static boolean hostsComprehension(ParserRuleContext node) {
    int count = node.getChildCount();
    return node.getChild(count - 1) instanceof PythonParser.Comp_forContext
        || count > 1 && node.getChild(count - 2) instanceof PythonParser.Comp_forContext;
  }

  /** The first child that uses names: past the keyword of {@code f(key=value)}. */
  static int firstWalked(ParserRuleContext node, int rule) {
    return rule == PythonParser.RULE_argument && node.getChildCount() == 3 && node.getChild(1) instanceof TerminalNode t
        && t.getSymbol().getType() == PythonLexer.ASSIGN ? 1 : 0;
  }
}
