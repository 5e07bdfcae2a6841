package dev.perfscope.lang;

import java.util.List;

/**
 * A source file that is a module other files import by its path, as a Python module is, or a file of a package
 * that other files import as a whole, as a Go file is: what names it, which files its parts become when advice
 * splits it (modules too, so its classes stay whole), and whether they import each other. A language
 * whose files are known by the types they declare ({@link dev.perfscope.model.Structure#declares()}, as
 * Java's) has no such modules: see {@link LanguageAnalyzer#module}.
 */
public interface ModuleFile {
  /**
   * The module's names from the analysis root, outermost first: {@code src/textual/app.py} is {@code src},
   * {@code textual}, {@code app}; a package's own module ({@code src/textual/__init__.py}) is its folder's.
   */
  List<String> names();

  /**
   * The file, relative to the module's folder, that keeps what stays when the module is split: the module
   * becomes a package of its parts ({@code git_advanced.py}: {@code git_advanced/__init__.py}); a package's own
   * module stays itself.
   */
  String stayingFile();

  /**
   * The file, relative to the module's folder, of a part split off as the module named {@code module} (in
   * lower case, words joined by {@code _}, or a type's name as written where {@link #keepsTypeNames()}):
   * {@code git_advanced.py} and {@code rebase} make {@code git_advanced/rebase.py}.
   */
  String partFile(String module);

  /**
   * The file name of a new module beside this one, named {@code module} (in lower case, words joined by
   * {@code _}), as the language names its files: {@code money_utils.py}, {@code money-utils.js}.
   */
  String siblingFile(String module);

  /**
   * Whether the parts of a split see each other's names without importing them (Go's files of one package);
   * false by default: a Python module's parts import from each other.
   */
  default boolean partsShareScope() {
    return false;
  }

  /**
   * Whether a type's methods may stand in any file of the scope (Go's), so that one file cannot tell how a type's
   * methods hang together and advice splits no class; as {@link #partsShareScope()} by default. A Kotlin class
   * holds its methods though its files share their package's scope.
   */
  default boolean typesSpanFiles() {
    return partsShareScope();
  }

  /**
   * Whether a part named after a type gets the type's name as written ({@code TaxRule}, Kotlin's {@code TaxRule.kt})
   * rather than in snake case ({@code tax_rule}); false by default.
   */
  default boolean keepsTypeNames() {
    return false;
  }
}
