package dev.perfscope.lang.python.structure;

import dev.perfscope.lang.python.parser.PythonLexer;
import dev.perfscope.lang.python.parser.PythonParser;
import java.util.LinkedHashMap;
import java.util.List;
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
      statement.dotted_as_name().forEach(imported -> module(imported, names));
    } else if (statement.import_as_names() != null) {
      fromModule(from(statement), statement.import_as_names(), names);
    }
    return names;
  }

  /**
   * What the statement imports, in full: {@code import a.b} gives {@code a.b}, {@code from .m import x, y} gives
   * {@code .m.x} and {@code .m.y} (each a name in {@code .m}, or its submodule), {@code from m import *} gives
   * {@code m}.
   */
  static List<String> targets(PythonParser.Import_stmtContext statement) {
    if (statement.FROM() == null) {
      return statement.dotted_as_name().stream().map(imported -> imported.dotted_name().getText()).toList();
    }
    if (statement.import_as_names() == null) {
      return List.of(from(statement));
    }
    Map<String, String> names = new LinkedHashMap<>();
    fromModule(from(statement), statement.import_as_names(), names);
    return List.copyOf(names.values());
  }

  /** {@code import a.b} binds {@code a}; {@code import a.b as c} binds {@code c}, standing for {@code a.b}. */
  private static void module(PythonParser.Dotted_as_nameContext imported, Map<String, String> names) {
    if (imported.name() != null) {
      names.put(imported.name().getText(), imported.dotted_name().getText());
    } else {
      String first = imported.dotted_name().name(0).getText();
      names.put(first, first);
    }
  }

  /** {@code from m import x, y as z} binds {@code x} ({@code m.x}) and {@code z} ({@code m.y}). */
  private static void fromModule(String module, PythonParser.Import_as_namesContext list, Map<String, String> names) {
    String prefix = module.endsWith(".") ? module : module + ".";
    String original = null;
    for (int i = 0; i < list.getChildCount(); i++) {
      if (list.getChild(i) instanceof PythonParser.NameContext name) {
        boolean alias = i > 0 && list.getChild(i - 1).getText().equals("as");
        if (alias) {
          names.remove(original);
        } else {
          original = name.getText();
        }
        names.put(name.getText(), prefix + original);
      }
    }
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
