package dev.perfscope.advice;

import java.util.Set;

/**
 * How a Python module's split parts are named: modules in a package named after it, each an importable name
 * ({@code import}, a word taken from {@code is_import}, becomes {@code import_}, as PEP 8 suggests).
 */
final class PythonModules {
  private static final Set<String> KEYWORDS = Set.of("and", "as", "assert", "async", "await", "break", "class",
      "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
      "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

  private PythonModules() {}

  static boolean isModule(String fileName) {
    return fileName.endsWith(".py") || fileName.endsWith(".pyi");
  }

  /** A package's own module, whose parts go beside it. */
  static boolean isPackage(String fileName) {
    return isModule(fileName) && base(fileName).equals("__init__");
  }

  /** The file name without its extension: {@code git_advanced} for {@code git_advanced.py}. */
  static String base(String fileName) {
    return fileName.substring(0, fileName.lastIndexOf('.'));
  }

  static String moduleName(String word) {
    return KEYWORDS.contains(word) ? word + "_" : word;
  }
}
