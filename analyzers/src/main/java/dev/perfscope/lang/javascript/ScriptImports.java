package dev.perfscope.lang.javascript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a module imports, wherever the import stands: {@code import} statements, {@code export ... from},
 * {@code require('...')} and {@code import('...')} calls. {@link #bound} maps each name an import binds to the
 * module as written ({@code fs}, {@code ./foo}): a member using the name has an {@code import} edge to it.
 * {@link #uses} are the relative imports in the form advice resolves against the analyzed files' paths
 * ({@code advice/Dependents}), Python's relative names: {@code ./foo.js} is {@code .foo}, {@code ../lib/foo}
 * {@code ..lib.foo}, {@code .} the folder's {@code index}. A package's name ({@code react}) is no file of the
 * analysis, nor is a file other than a script ({@code ./styles.css}).
 */
final class ScriptImports {
  private static final Set<String> NOT_SCRIPTS = Set.of("json", "css", "scss", "sass", "less", "svg", "png", "jpg",
      "jpeg", "gif", "webp", "html", "md", "txt", "wasm", "node", "vue", "svelte", "graphql", "yaml", "yml");

  private static final Set<String> LOADERS = Set.of("require", "import");

  final Map<String, String> bound = new LinkedHashMap<>();
  final Set<String> uses = new LinkedHashSet<>();
  /** The declarations that only bind {@code require}d modules ({@code const fs = require('fs');}). */
  final Set<Integer> requireDeclarations = new LinkedHashSet<>();

  private final ScriptTree tree;
  private final String text;

  private ScriptImports(ScriptTree tree, String text) {
    this.tree = tree;
    this.text = text;
  }

  static ScriptImports of(ScriptTree tree, String text) {
    ScriptImports imports = new ScriptImports(tree, text);
    for (int n = 0; n < tree.size(); n++) {
      byte kind = tree.kind(n);
      if (kind == Kind.IMPORT) {
        imports.importStatement(n);
      } else if (kind == Kind.EXPORT && tree.child(n, tree.grammar.fieldSource) >= 0) {
        imports.use(imports.specifier(tree.child(n, tree.grammar.fieldSource)));
      } else if (kind == Kind.CALL) {
        imports.call(n);
      }
    }
    return imports;
  }

  private void importStatement(int statement) {
    int source = firstString(statement);
    if (source < 0) {
      return;
    }
    String module = specifier(source);
    use(module);
    for (int n = statement + 1; n < tree.last(statement); n++) {
      if (tree.kind(n) == Kind.IDENTIFIER && !isRenamed(n)) {
        bound.put(tree.text(text, n), module);
      }
    }
  }

  /** The imported name of {@code import {a as b}}: {@code b} is bound, not {@code a}. */
  private boolean isRenamed(int identifier) {
    int parent = tree.parent(identifier);
    return tree.kind(parent) == Kind.IMPORT_SPECIFIER && tree.child(parent, tree.grammar.fieldAlias) >= 0
        && tree.child(parent, tree.grammar.fieldAlias) != identifier;
  }

  /** {@code require('./foo')} or {@code import('./foo')}, and the names a declaration binds to it. */
  private void call(int call) {
    int source = requiredModule(call);
    if (source < 0) {
      return;
    }
    String module = specifier(source);
    use(module);
    int declarator = tree.parent(call);
    while (declarator >= 0 && tree.kind(declarator) == Kind.MEMBER_EXPRESSION) {
      declarator = tree.parent(declarator); // require('./foo').bar
    }
    if (declarator >= 0 && tree.kind(declarator) == Kind.VARIABLE_DECLARATOR) {
      int name = tree.child(declarator, tree.grammar.fieldName);
      for (int n = name; n >= 0 && n < tree.last(name); n++) {
        if (tree.kind(n) == Kind.IDENTIFIER) {
          bound.put(tree.text(text, n), module);
        }
      }
      requireDeclarations.add(tree.parent(declarator));
    }
  }

  /** The string a {@code require} or {@code import} call names its module by, or -1 for any other call. */
  private int requiredModule(int call) {
    int function = tree.child(call, tree.grammar.fieldFunction);
    int arguments = tree.child(call, tree.grammar.fieldArguments);
    if (function < 0 || arguments < 0 || !LOADERS.contains(tree.text(text, function))) {
      return -1;
    }
    int source = firstArgument(arguments);
    return source >= 0 && tree.kind(source) == Kind.STRING ? source : -1;
  }

  private int firstArgument(int arguments) {
    for (int c = tree.firstChild(arguments); c >= 0; c = tree.nextSibling(c)) {
      if (tree.kind(c) != Kind.PUNCTUATION && tree.kind(c) != Kind.COMMENT) {
        return c;
      }
    }
    return -1;
  }

  private int firstString(int node) {
    for (int n = node + 1; n < tree.last(node); n++) {
      if (tree.kind(n) == Kind.STRING) {
        return n;
      }
    }
    return -1;
  }

  /** A string literal's text without its quotes. */
  private String specifier(int string) {
    String quoted = tree.text(text, string);
    return quoted.length() < 2 ? quoted : quoted.substring(1, quoted.length() - 1);
  }

  private void use(String module) {
    String relative = relativeName(module);
    if (relative != null) {
      uses.add(relative);
    }
  }

  /** {@code ../lib/foo.js} as {@code ..lib.foo}; null for a package or a file that is no script. */
  static String relativeName(String specifier) {
    if (!isRelative(specifier)) {
      return null;
    }
    int dots = 1;
    List<String> names = new ArrayList<>();
    for (String part : specifier.split("/")) {
      if (part.equals("..") && names.isEmpty()) {
        dots++;
      } else if (!part.isEmpty() && !part.equals(".")) {
        names.add(part);
      }
    }
    if (!names.isEmpty()) {
      String module = moduleName(names.remove(names.size() - 1));
      if (module == null) {
        return null;
      }
      names.add(module);
    }
    return ".".repeat(dots) + String.join(".", names);
  }

  private static boolean isRelative(String specifier) {
    return specifier.equals(".") || specifier.equals("..") || specifier.startsWith("./") || specifier.startsWith("../");
  }

  /** A file name without its script extension; null for a file that is no script ({@code styles.css}). */
  private static String moduleName(String file) {
    int dot = file.lastIndexOf('.');
    if (dot > 0 && ScriptModule.EXTENSIONS.contains(file.substring(dot))) {
      return file.substring(0, dot);
    }
    return dot > 0 && NOT_SCRIPTS.contains(file.substring(dot + 1)) ? null : file;
  }
}
