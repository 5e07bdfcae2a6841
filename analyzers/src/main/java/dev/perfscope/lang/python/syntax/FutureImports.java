package dev.perfscope.lang.python.syntax;

import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.lang.python.parser.Trees;
import dev.perfscope.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * CPython's compile-time check of {@code from __future__ import}: only a docstring and other future imports
 * may come before one, and each feature must exist.
 */
final class FutureImports {
  private static final Set<String> FEATURES = Set.of("nested_scopes", "generators", "division",
      "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
      "generator_stop", "annotations");

  private FutureImports() {}

  static Problem check(PythonParser.File_inputContext module) {
    List<ParserRuleContext> statements = statements(module);
    boolean onlyFutureSoFar = true;
    for (int position = 0; position < statements.size(); position++) {
      PythonParser.Import_stmtContext future = futureImport(statements.get(position));
      if (future != null) {
        Problem problem = onlyFutureSoFar ? features(future) : misplaced(future);
        if (problem != null) {
          return problem;
        }
      } else if (!(position == 0 && isDocstring(statements.get(position)))) {
        onlyFutureSoFar = false;
      }
    }
    return null;
  }

  /** The module's statements in order, with simple statements on one line split at {@code ;}. */
  private static List<ParserRuleContext> statements(PythonParser.File_inputContext module) {
    List<ParserRuleContext> statements = new ArrayList<>();
    for (PythonParser.StmtContext statement : module.stmt()) {
      if (statement.simple_stmts() == null) {
        statements.add(statement);
      } else {
        statements.addAll(statement.simple_stmts().simple_stmt());
      }
    }
    return statements;
  }

  private static PythonParser.Import_stmtContext futureImport(ParserRuleContext statement) {
    return statement instanceof PythonParser.Simple_stmtContext simple && isFuture(simple.import_stmt())
        ? simple.import_stmt()
        : null;
  }

  private static boolean isDocstring(ParserRuleContext statement) {
    return statement instanceof PythonParser.Simple_stmtContext simple && simple.expr_stmt() != null
        && Trees.isStringStatement(simple.expr_stmt());
  }

  private static boolean isFuture(PythonParser.Import_stmtContext anImport) {
    return anImport != null && anImport.FROM() != null && anImport.dotted_name() != null
        && anImport.DOT().isEmpty() && anImport.ELLIPSIS().isEmpty()
        && anImport.dotted_name().getText().equals("__future__");
  }

  private static Problem features(PythonParser.Import_stmtContext anImport) {
    if (anImport.STAR() != null) {
      return at(anImport.STAR().getSymbol(), "future feature * is not defined");
    }
    PythonParser.Import_as_namesContext names = anImport.import_as_names();
    for (int i = 0; i < names.getChildCount(); i++) {
      if (names.getChild(i) instanceof PythonParser.NameContext name
          && (i == 0 || !names.getChild(i - 1).getText().equals("as"))) {
        String feature = name.getText();
        if (feature.equals("braces")) {
          return at(name.getStart(), "not a chance");
        }
        if (!FEATURES.contains(feature)) {
          return at(name.getStart(), "future feature " + feature + " is not defined");
        }
      }
    }
    return null;
  }

  private static Problem misplaced(ParserRuleContext anImport) {
    return at(anImport.getStart(), "from __future__ imports must occur at the beginning of the file");
  }

  private static Problem at(Token token, String message) {
    return new Problem(token.getLine(), token.getCharPositionInLine() + 1, message);
  }
}
