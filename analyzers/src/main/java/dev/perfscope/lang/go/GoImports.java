package dev.perfscope.lang.go;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Go file's imports: the name each binds ({@code str "strings"} binds {@code str}; {@code "net/http"} binds
 * {@code http}, the path's last element, without a major version: {@code gopkg.in/yaml.v3} and
 * {@code github.com/x/y/v2} bind {@code yaml} and {@code y}) to the path as written. Dot and blank imports bind
 * nothing. A package whose name is not its path's last element is not recognized by its uses.
 */
final class GoImports {
  private GoImports() {}

  /** The import paths, in order, by the names they bind. */
  static Map<String, String> of(GoTree tree, String text) {
    Map<String, String> bound = new LinkedHashMap<>();
    for (int c = tree.firstChild(0); c >= 0; c = tree.nextSibling(c)) {
      if (tree.kind(c) != Kind.IMPORT_DECLARATION) {
        continue;
      }
      for (int n = c + 1; n < tree.last(c); n++) {
        if (tree.kind(n) == Kind.IMPORT_SPEC) {
          bind(tree, text, n, bound);
        }
      }
    }
    return bound;
  }

  private static void bind(GoTree tree, String text, int spec, Map<String, String> bound) {
    String path = unquoted(Units.text(tree, text, tree.child(spec, tree.grammar.fieldPath)));
    int name = tree.child(spec, tree.grammar.fieldName);
    String as = name >= 0 ? Units.text(tree, text, name) : packageName(path);
    if (!as.equals(".") && !as.equals("_")) {
      bound.put(as, path);
    }
  }

  static String packageName(String path) {
    String[] elements = path.split("/");
    String last = elements[elements.length - 1];
    if (last.matches("v[0-9]+") && elements.length > 1) {
      last = elements[elements.length - 2];
    }
    return last.replaceFirst("\\.v[0-9]+$", "");
  }

  private static String unquoted(String literal) {
    return literal.length() >= 2 ? literal.substring(1, literal.length() - 1) : literal;
  }
}
