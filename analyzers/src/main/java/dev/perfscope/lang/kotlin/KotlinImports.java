package dev.perfscope.lang.kotlin;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Kotlin file's package ({@code ""} for the default one) and the names its imports bind: {@code import a.b.C}
 * binds {@code C}, {@code import a.b.C as D} binds {@code D}, each to {@code a.b.C}; a star import binds nothing.
 */
record KotlinImports(String packageName, Map<String, String> bound) {

  static KotlinImports of(KotlinTree tree, String text) {
    String packageName = "";
    Map<String, String> bound = new LinkedHashMap<>();
    for (int c = tree.firstChild(0); c >= 0; c = tree.nextSibling(c)) {
      if (tree.kind(c) == Kind.PACKAGE_HEADER) {
        int path = tree.childOf(c, Kind.PATH);
        packageName = path < 0 ? "" : dotted(tree, text, path);
      } else if (tree.kind(c) == Kind.IMPORT_LIST) {
        for (int h = tree.firstChild(c); h >= 0; h = tree.nextSibling(h)) {
          bind(tree, text, h, bound);
        }
      }
    }
    return new KotlinImports(packageName, bound);
  }

  /** The qualified name of a declaration of this file named {@code name}. */
  String qualified(String name) {
    return packageName.isEmpty() ? name : packageName + "." + name;
  }

  private static void bind(KotlinTree tree, String text, int header, Map<String, String> bound) {
    int path = tree.kind(header) == Kind.IMPORT_HEADER ? tree.childOf(header, Kind.PATH) : -1;
    if (path < 0 || tree.has(header, Kind.WILDCARD_IMPORT)) {
      return;
    }
    String name = dotted(tree, text, path);
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
