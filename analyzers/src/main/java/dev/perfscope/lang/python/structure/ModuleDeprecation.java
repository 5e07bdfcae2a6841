package dev.perfscope.lang.python.structure;

import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.lang.python.parser.Trees;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a module says at import that it is deprecated, as the standard library's modules and packages slated for
 * removal do ({@code aifc}, {@code distutils}, {@code lib2to3}): a statement at its top level (or under a top-level
 * {@code if} or {@code try}) calling {@code warnings.warn} with a {@code DeprecationWarning} or {@code
 * PendingDeprecationWarning}, or {@code warnings._deprecated}.
 */
final class ModuleDeprecation {
  private static final Set<String> FIRST_WORDS = Set.of("warnings", "warn", "_deprecated");
  private static final Pattern WARNING =
      Pattern.compile("^(?:warnings\\.)?(?:warn\\(.*\\b(?:Pending)?DeprecationWarning\\b|_deprecated\\()");

  private ModuleDeprecation() {}

  static boolean of(PythonParser.File_inputContext module) {
    boolean[] found = {false};
    Trees.eachStatement(module, statement -> found[0] |= statement instanceof PythonParser.Expr_stmtContext call
        && FIRST_WORDS.contains(Trees.text(call.getStart())) && WARNING.matcher(call.getText()).find());
    return found[0];
  }
}
