package dev.perfscope.lang.kotlin;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a Kotlin file declares and uses by qualified name, from which advice counts the files that depend on it: it
 * declares its top-level classes, objects, type aliases, functions and properties, in its package
 * ({@code kotlinx.coroutines.launch}); it uses what it imports, and, since the files of a package see each other's
 * declarations without imports, the names of its package it refers to bare and does not declare: the types it names
 * and the functions it calls ({@code Job}, {@code launch(...)} in {@code kotlinx.coroutines}), also in each package
 * it imports with a star. A name counts only where one analyzed file declares it.
 */
final class KotlinUses {
  private KotlinUses() {}

  static List<String> declares(KotlinTree tree, String text, KotlinImports imports) {
    Set<String> names = new LinkedHashSet<>();
    for (int c = tree.firstChild(0); c >= 0; c = tree.nextSibling(c)) {
      byte kind = tree.kind(c);
      int name = Kind.isDeclaredType(kind) ? tree.childOf(c, Kind.TYPE_IDENTIFIER)
          : kind == Kind.FUNCTION ? tree.childOf(c, Kind.IDENTIFIER) : -1;
      if (name >= 0) {
        names.add(imports.qualified(tree.text(text, name)));
      } else if (kind == Kind.PROPERTY) {
        int variable = tree.childOf(c, Kind.VARIABLE);
        int property = variable < 0 ? -1 : tree.childOf(variable, Kind.IDENTIFIER);
        if (property >= 0) {
          names.add(imports.qualified(tree.text(text, property)));
        }
      }
    }
    return List.copyOf(names);
  }

  static List<String> uses(KotlinTree tree, String text, KotlinImports imports, List<String> declared) {
    Set<String> names = new LinkedHashSet<>(imports.bound().values());
    Set<String> own = Set.copyOf(declared);
    Set<String> seen = new HashSet<>(); // a name met again adds nothing: its names are in already
    for (int n = 1; n < tree.size(); n++) {
      byte kind = tree.kind(n);
      if (kind == Kind.PACKAGE_HEADER || kind == Kind.IMPORT_LIST) {
        n = tree.last(n) - 1;
      } else if (isTypeName(tree, n, kind) || isCallee(tree, n, kind)) {
        String name = tree.text(text, n);
        String qualified = imports.qualified(name);
        if (seen.add(name) && !imports.bound().containsKey(name) && !own.contains(qualified)) {
          names.add(qualified);
          imports.starred().forEach(pkg -> names.add(pkg + "." + name));
        }
      }
    }
    return List.copyOf(names);
  }

  private static boolean isTypeName(KotlinTree tree, int node, byte kind) {
    return kind == Kind.TYPE_IDENTIFIER && tree.kind(tree.parent(node)) == Kind.USER_TYPE
        && tree.firstChild(tree.parent(node)) == node;
  }

  /** A function called by its bare name: {@code f()}, not {@code x.f()}. */
  private static boolean isCallee(KotlinTree tree, int node, byte kind) {
    int parent = tree.parent(node);
    return kind == Kind.IDENTIFIER && tree.kind(parent) == Kind.CALL && tree.firstChild(parent) == node;
  }
}
