package dev.perfscope.lang.kotlin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Kotlin file's package ({@code ""} for the default one), the names its imports bind ({@code import a.b.C}
 * binds {@code C}, {@code import a.b.C as D} binds {@code D}, each to {@code a.b.C}) and the packages it imports
 * with a star ({@code a.b} of {@code import a.b.*}), which bind no name of their own.
 */
record KotlinImports(String packageName, Map<String, String> bound, List<String> starred) {

  static KotlinImports of(KotlinTree tree, String text) {
    String packageName = "";
    Map<String, String> bound = new LinkedHashMap<>();
    List<String> starred = new ArrayList<>();
    for (int c = tree.firstChild(0); c >= 0; c = tree.nextSibling(c)) {
      if (tree.kind(c) == Kind.PACKAGE_HEADER) {
        int path = tree.childOf(c, Kind.PATH);
        packageName = path < 0 ? "" : dotted(tree, text, path);
      } else if (tree.kind(c) == Kind.IMPORT_LIST) {
        for (int h = tree.firstChild(c); h >= 0; h = tree.nextSibling(h)) {
          bind(tree, text, h, bound, starred);
        }
      }
    }
    return new KotlinImports(packageName, bound, List.copyOf(starred));
  }

  /** The qualified name of a declaration of this file named {@code name}. */
  String qualified(String name) {
    return packageName.isEmpty() ? name : packageName + "." + name;
  }

  private static void bind(KotlinTree tree, String text, int header, Map<String, String> bound,
      List<String> starred) {
    int path = tree.kind(header) == Kind.IMPORT_HEADER ? tree.childOf(header, Kind.PATH) : -1;
    if (path < 0) {
      return;
    }
    String name = dotted(tree, text, path);
    if (tree.has(header, Kind.WILDCARD_IMPORT)) {
      starred.add(name);
      return;
    }
    int alias = tree.childOf(header, Kind.IMPORT_ALIAS);
    int as = alias < 0 ? -1 : tree.childOf(alias, Kind.TYPE_IDENTIFIER);
    bound.put(as >= 0 ? tree.text(text, as) : name.substring(name.lastIndexOf('.') + 1), name);
  }

  /** {@code a.b.C} from the names of a path, whatever stands between them. */
  private static String dotted(KotlinTree tree, String text, int path) {
    StringBuilder name = new StringBuilder();
    for (int c = tree.firstChild(path); c >= 0; c = tree.nextSibling(c)) {
      if (tree.kind(c) == Kind.IDENTIFIER) {
        name.append(name.length() == 0 ? "" : ".").append(tree.text(text, c));
      }
    }
    return name.toString();
  }
}
