package dev.perfscope.lang.python.syntax;

import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.model.Problem;
import org.antlr.v4.runtime.TokenStream;

/**
 * The errors CPython's compiler raises in a module that parses, which the grammar leaves to us: {@code from
 * __future__} imports, assignment targets, call arguments, and where statements may stand. Such a module is
 * still measured; the error is its parse error.
 */
public final class CompileChecks {
  private CompileChecks() {}

  /** The error on the earliest line, the first check's on a tie; null when the module compiles. */
  public static Problem first(PythonParser.File_inputContext module, TokenStream tokens) {
    return firstOf(FutureImports.check(module), AssignmentTargets.check(module), CallArguments.check(module, tokens),
        Placement.check(module, tokens));
  }

  private static Problem firstOf(Problem... problems) {
    Problem first = null;
    for (Problem problem : problems) {
      if (problem != null && (first == null || problem.line() < first.line())) {
        first = problem;
      }
    }
    return first;
  }
}
