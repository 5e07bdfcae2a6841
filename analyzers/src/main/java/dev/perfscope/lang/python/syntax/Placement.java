package dev.perfscope.lang.python.syntax;

import dev.perfscope.lang.python.parser.PythonLexer;
import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.model.Problem;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * CPython's compile-time checks of where a statement or expression may stand: {@code return} and
 * {@code yield} only in a function (a lambda is one), {@code await}, {@code async for} and {@code async with}
 * only in an {@code async def}, {@code break} and {@code continue} only in a loop body (not in its
 * {@code else}). Only subtrees holding one of those keywords are visited.
 */
final class Placement {
  /** Where a node stands: in which kind of function, and whether in a loop body of that function. */
  private record Scope(boolean function, boolean async, boolean loop) {
    static final Scope MODULE = new Scope(false, false, false);
  }

  private final int[] prefix;

  private Placement(TokenStream tokens) {
    prefix = new int[tokens.size() + 1];
    for (int i = 0; i < tokens.size(); i++) {
      prefix[i + 1] = prefix[i] + (isPlaced(tokens.get(i).getType()) ? 1 : 0);
    }
  }

  private static boolean isPlaced(int type) {
    return switch (type) {
      case PythonLexer.RETURN, PythonLexer.YIELD, PythonLexer.AWAIT, PythonLexer.ASYNC, PythonLexer.BREAK,
          PythonLexer.CONTINUE -> true;
      default -> false;
    };
  }

  static Problem check(PythonParser.File_inputContext module, TokenStream tokens) {
    return new Placement(tokens).visit(module, Scope.MODULE);
  }

  private Problem visit(ParseTree node, Scope scope) {
    if (node instanceof TerminalNode terminal) {
      return terminal(terminal.getSymbol(), scope);
    }
    ParserRuleContext context = (ParserRuleContext) node;
    return holdsPlacedToken(context) ? rule(context, scope) : null;
  }

  private boolean holdsPlacedToken(ParserRuleContext context) {
    Token start = context.getStart();
    Token stop = context.getStop();
    return start != null && stop != null && stop.getTokenIndex() >= start.getTokenIndex()
        && prefix[stop.getTokenIndex() + 1] != prefix[start.getTokenIndex()];
  }

  /** Visits a rule's children in the scope it gives them: functions, classes, loops and generators make one. */
  private Problem rule(ParserRuleContext context, Scope scope) {
    return switch (context.getRuleIndex()) {
      case PythonParser.RULE_function_def -> function((PythonParser.Function_defContext) context, scope);
      case PythonParser.RULE_class_def -> children(context, Scope.MODULE);
      case PythonParser.RULE_lambdef -> children(context, new Scope(true, false, false));
      case PythonParser.RULE_for_stmt -> forStatement((PythonParser.For_stmtContext) context, scope);
      case PythonParser.RULE_while_stmt -> loop(context, scope);
      case PythonParser.RULE_atom, PythonParser.RULE_argument ->
          children(context, isGenerator(context) ? new Scope(true, true, false) : scope);
      case PythonParser.RULE_with_stmt -> withStatement((PythonParser.With_stmtContext) context, scope);
      default -> children(context, scope);
    };
  }

  private Problem forStatement(PythonParser.For_stmtContext statement, Scope scope) {
    TerminalNode async = statement.ASYNC();
    return async != null && !scope.async() ? outsideAsync(async, "'async for'") : loop(statement, scope);
  }

  private Problem withStatement(PythonParser.With_stmtContext statement, Scope scope) {
    TerminalNode async = statement.ASYNC();
    return async != null && !scope.async() ? outsideAsync(async, "'async with'") : children(statement, scope);
  }

  private Problem function(PythonParser.Function_defContext def, Scope outer) {
    Scope inner = new Scope(true, def.ASYNC() != null, false);
    for (int i = 0; i < def.getChildCount(); i++) {
      ParseTree child = def.getChild(i);
      Problem problem = child instanceof PythonParser.BlockContext ? visit(child, inner)
          : child instanceof TerminalNode ? null : visit(child, outer);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /** A loop's body is in the loop; its header and its {@code else} are not. */
  private Problem loop(ParserRuleContext loop, Scope scope) {
    Scope body = new Scope(scope.function(), scope.async(), true);
    for (int i = 0; i < loop.getChildCount(); i++) {
      ParseTree child = loop.getChild(i);
      Problem problem = child instanceof TerminalNode terminal ? terminal(terminal.getSymbol(), scope)
          : visit(child, child instanceof PythonParser.BlockContext ? body : scope);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /** A generator expression may await anywhere: it is then an asynchronous generator. */
  private static boolean isGenerator(ParserRuleContext context) {
    if (context instanceof PythonParser.ArgumentContext argument) {
      return argument.comp_for() != null;
    }
    PythonParser.AtomContext atom = (PythonParser.AtomContext) context;
    return atom.LPAR() != null && atom.testlist_comp() != null && atom.testlist_comp().comp_for() != null;
  }

  private static Problem outsideAsync(TerminalNode async, String what) {
    Token token = async.getSymbol();
    return new Problem(token.getLine(), token.getCharPositionInLine() + 1, what + " outside async function");
  }

  private Problem children(ParserRuleContext context, Scope scope) {
    for (int i = 0; i < context.getChildCount(); i++) {
      Problem problem = visit(context.getChild(i), scope);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static Problem terminal(Token token, Scope scope) {
    int type = token.getType();
    if (isAllowed(type, scope)) {
      return null;
    }
    return new Problem(token.getLine(), token.getCharPositionInLine() + 1, misplaced(type, scope));
  }

  /** What each placed keyword needs of its scope; any other token may stand anywhere. */
  private static boolean isAllowed(int type, Scope scope) {
    return switch (type) {
      case PythonLexer.RETURN, PythonLexer.YIELD -> scope.function();
      case PythonLexer.AWAIT -> scope.async();
      case PythonLexer.BREAK, PythonLexer.CONTINUE -> scope.loop();
      default -> true;
    };
  }

  /** CPython's message for a keyword its scope does not allow. */
  private static String misplaced(int type, Scope scope) {
    return switch (type) {
      case PythonLexer.RETURN -> "'return' outside function";
      case PythonLexer.YIELD -> "'yield' outside function";
      case PythonLexer.AWAIT -> scope.function() ? "'await' outside async function" : "'await' outside function";
      case PythonLexer.BREAK -> "'break' outside loop";
      case PythonLexer.CONTINUE -> "'continue' not properly in loop";
      default -> throw new IllegalArgumentException("not a placed keyword: " + type);
    };
  }
}
