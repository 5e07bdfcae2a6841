package dev.perfscope.lang.python;

import dev.perfscope.lang.ModuleFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Python module ({@code .py}, {@code .pyi}) as a file: {@code folders} are its path's, {@code base} its file
 * name without the extension. A package's own module is {@code __init__}; a module split into parts becomes a
 * package of modules, each an importable name ({@code import}, a word taken from {@code is_import}, becomes
 * {@code import_}, as PEP 8 suggests).
 */
record PythonModule(List<String> folders, String base, String extension) implements ModuleFile {
  private static final Set<String> KEYWORDS = Set.of("and", "as", "assert", "async", "await", "break", "class",
      "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
      "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");
  private static final String PACKAGE_MODULE = "__init__";

  /** The module at {@code path}, when its file name ends in {@code .py} or {@code .pyi} as written. */
  static Optional<ModuleFile> at(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (!name.endsWith(".py") && !name.endsWith(".pyi")) {
      return Optional.empty();
    }
    List<String> folders = new ArrayList<>(Arrays.asList(path.split("/")));
    folders.remove(folders.size() - 1);
    int dot = name.lastIndexOf('.');
    return Optional.of(new PythonModule(List.copyOf(folders), name.substring(0, dot), name.substring(dot)));
  }

  @Override
  public List<String> names() {
    List<String> names = new ArrayList<>(folders);
    if (!isPackage()) {
      names.add(base);
    }
    return names;
  }

  @Override
  public String stayingFile() {
    return (isPackage() ? "" : base + "/") + PACKAGE_MODULE + extension;
  }

  @Override
  public String partFile(String module) {
    return (isPackage() ? "" : base + "/") + (KEYWORDS.contains(module) ? module + "_" : module) + extension;
  }

  @Override
  public String siblingFile(String module) {
    return (KEYWORDS.contains(module) ? module + "_" : module) + extension;
  }

  private boolean isPackage() {
    return base.equals(PACKAGE_MODULE);
  }
}
