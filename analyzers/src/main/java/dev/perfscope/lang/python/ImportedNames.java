package dev.perfscope.lang.python;

import java.util.LinkedHashMap;
import java.util.Map;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The names an import statement binds, each with what it stands for: {@code import os.path} binds {@code os}
 * ({@code os}), {@code import numpy as np} binds {@code np} ({@code numpy}), {@code from .git import run as r}
 * binds {@code r} ({@code .git.run}). A star import binds nothing we can name.
 */
final class ImportedNames {
  private ImportedNames() {}

  static Map<String, String> of(PythonParser.Import_stmtContext statement) {
    Map<String, String> names = new LinkedHashMap<>();
    if (statement.FROM() == null) {
      for (PythonParser.Dotted_as_nameContext imported : statement.dotted_as_name()) {
        String bound = imported.name() != null ? imported.name().getText() : imported.dotted_name().name(0).getText();
        String target = imported.name() != null ? imported.dotted_name().getText() : bound;
        names.put(bound, target);
      }
    } else if (statement.import_as_names() != null) {
      String module = from(statement);
      String separator = module.endsWith(".") ? "" : ".";
      String original = null;
      for (int i = 0; i < statement.import_as_names().getChildCount(); i++) {
        ParseTree child = statement.import_as_names().getChild(i);
        if (child instanceof PythonParser.NameContext name) {
          boolean alias = i > 0 && statement.import_as_names().getChild(i - 1).getText().equals("as");
          original = alias ? original : name.getText();
          names.remove(alias ? original : "");
          names.put(name.getText(), module + separator + original);
        }
      }
    }
    return names;
  }

  /** The text between {@code from} and {@code import}: dots and a dotted name. */
  private static String from(PythonParser.Import_stmtContext statement) {
    StringBuilder module = new StringBuilder();
    for (int i = 1; i < statement.getChildCount(); i++) {
      ParseTree child = statement.getChild(i);
      if (child instanceof TerminalNode terminal && terminal.getSymbol().getType() == PythonLexer.IMPORT) {
        break;
      }
      module.append(child.getText());
    }
    return module.toString();
  }
}
