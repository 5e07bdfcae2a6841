package dev.perfscope.lang.python.syntax;

import dev.perfscope.lang.python.parser.PythonLexer;
import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.model.Problem;
import java.util.HashSet;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * CPython's checks of call arguments (and class bases), which the grammar leaves to us: a keyword must be a
 * plain name, no positional argument after a keyword one, a keyword only once, a generator expression
 * alone. Only subtrees holding an {@code =}, {@code **} or {@code for} are visited.
 */
final class CallArguments {
  private final int[] prefix;

  private CallArguments(TokenStream tokens) {
    prefix = new int[tokens.size() + 1];
    for (int i = 0; i < tokens.size(); i++) {
      int type = tokens.get(i).getType();
      boolean relevant = type == PythonLexer.ASSIGN || type == PythonLexer.POWER || type == PythonLexer.FOR;
      prefix[i + 1] = prefix[i] + (relevant ? 1 : 0);
    }
  }

  static Problem check(PythonParser.File_inputContext module, TokenStream tokens) {
    return new CallArguments(tokens).visit(module);
  }

  private Problem visit(ParserRuleContext node) {
    Token start = node.getStart();
    Token stop = node.getStop();
    if (start == null || stop == null || stop.getTokenIndex() < start.getTokenIndex()
        || prefix[stop.getTokenIndex() + 1] == prefix[start.getTokenIndex()]) {
      return null;
    }
    if (node instanceof PythonParser.ArgumentsContext arguments) {
      Problem problem = arguments(arguments);
      if (problem != null) {
        return problem;
      }
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      ParseTree child = node.getChild(i);
      if (child instanceof ParserRuleContext context) {
        Problem problem = visit(context);
        if (problem != null) {
          return problem;
        }
      }
    }
    return null;
  }

  private static Problem arguments(PythonParser.ArgumentsContext arguments) {
    ArgumentOrder order = new ArgumentOrder(arguments);
    for (PythonParser.ArgumentContext argument : arguments.argument()) {
      Problem problem = order.next(argument);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /** The arguments of one call read so far: the keywords named, and whether a {@code **} has come. */
  private static final class ArgumentOrder {
    private final PythonParser.ArgumentsContext arguments;
    private final Set<String> names = new HashSet<>();
    private boolean keyword;
    private boolean keywordUnpacking;

    ArgumentOrder(PythonParser.ArgumentsContext arguments) {
      this.arguments = arguments;
    }

    /** Reads the next argument; the error it makes, or null. */
    Problem next(PythonParser.ArgumentContext argument) {
      if (argument.POWER() != null) {
        keywordUnpacking = true;
        return null;
      }
      if (argument.STAR() != null) {
        return keywordUnpacking
            ? afterLast(arguments, "iterable argument unpacking follows keyword argument unpacking")
            : null;
      }
      if (argument.ASSIGN() != null) {
        return keyword(argument);
      }
      if (argument.comp_for() != null && (arguments.argument().size() > 1 || !arguments.COMMA().isEmpty())) {
        return at(argument, "Generator expression must be parenthesized");
      }
      return positional();
    }

    private Problem keyword(PythonParser.ArgumentContext argument) {
      String name = plainName(argument.expression(0));
      if (name == null) {
        return at(argument, "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if (!names.add(name)) {
        return at(argument, "keyword argument repeated: " + name);
      }
      keyword = true;
      return null;
    }

    private Problem positional() {
      if (keywordUnpacking) {
        return afterLast(arguments, "positional argument follows keyword argument unpacking");
      }
      return keyword ? afterLast(arguments, "positional argument follows keyword argument") : null;
    }
  }

  /** The name if the expression is a bare name, else null. */
  private static String plainName(PythonParser.ExpressionContext expression) {
    if (expression.IF() != null || expression.lambdef() != null
        || expression.disjunction(0).getChildCount() != 1) {
      return null;
    }
    PythonParser.UnaryContext unary = expression.disjunction(0).unary(0);
    if (unary.getChildCount() != 1 || unary.atom().name() == null) {
      return null;
    }
    return unary.atom().name().getText();
  }

  /** CPython reports an argument order error at the last token it read: the closing parenthesis. */
  private static Problem afterLast(PythonParser.ArgumentsContext arguments, String message) {
    ParseTree parent = arguments.getParent();
    for (int i = 0; i < parent.getChildCount(); i++) {
      if (parent.getChild(i) == arguments && i + 1 < parent.getChildCount()
          && parent.getChild(i + 1) instanceof TerminalNode close) {
        Token token = close.getSymbol();
        return new Problem(token.getLine(), token.getCharPositionInLine() + 1, message);
      }
    }
    return at(arguments, message);
  }

  private static Problem at(ParserRuleContext node, String message) {
    return new Problem(node.getStart().getLine(), node.getStart().getCharPositionInLine() + 1, message);
  }
}
