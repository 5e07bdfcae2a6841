package dev.perfscope.lang.python.structure;

import dev.perfscope.lang.python.parser.PythonParser;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Every import of a module, wherever it stands (top level, under {@code if TYPE_CHECKING:}, inside a def), as
 * {@link ImportedNames#targets} writes them: what advice counts the module's dependents from. Only statements
 * are searched: the walk does not enter simple statements other than imports.
 */
final class ImportTargets {
  private ImportTargets() {}

  static List<String> of(PythonParser.File_inputContext module) {
    Set<String> targets = new LinkedHashSet<>();
    collect(module, targets);
    return List.copyOf(targets);
  }

  private static void collect(ParserRuleContext node, Set<String> targets) {
    for (int i = 0; i < node.getChildCount(); i++) {
      if (node.getChild(i) instanceof PythonParser.Simple_stmtContext simple) {
        if (simple.import_stmt() != null) {
          targets.addAll(ImportedNames.targets(simple.import_stmt()));
        }
      } else if (node.getChild(i) instanceof ParserRuleContext child) {
        collect(child, targets);
      }
    }
  }
}
