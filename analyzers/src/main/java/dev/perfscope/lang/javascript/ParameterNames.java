package dev.perfscope.lang.javascript;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit's parameters by name, in order, as {@link Parameters} counts them: a parameter by its name (without its
 * type, default or {@code ...}), a destructuring pattern as written ({@code {a, b}}).
 */
final class ParameterNames {
  private ParameterNames() {}

  static List<String> of(ScriptTree tree, String text, int unit) {
    Grammar g = tree.grammar;
    int single = tree.child(unit, g.fieldParameter);
    if (single >= 0) {
      return List.of(tree.text(text, single));
    }
    int list = tree.child(unit, g.fieldParameters);
    List<String> names = new ArrayList<>();
    for (int c = list < 0 ? -1 : tree.firstChild(list); c >= 0; c = tree.nextSibling(c)) {
      byte kind = tree.kind(c);
      if (kind != Kind.COMMENT && kind != Kind.PUNCTUATION) {
        names.add(name(tree, text, c));
      }
    }
    return names;
  }

  /** The first identifier in the parameter, or the first pattern in it; decorators ({@code @Inject(T)}) skipped. */
  private static String name(ScriptTree tree, String text, int parameter) {
    for (int n = parameter; n < tree.last(parameter); n++) {
      char first = tree.end(n) > tree.start(n) ? text.charAt(tree.start(n)) : ' ';
      if (first == '@') {
        n = tree.last(n) - 1;
      } else if (tree.kind(n) == Kind.IDENTIFIER || (first == '{' || first == '[') && tree.firstChild(n) >= 0) {
        return tree.text(text, n);
      }
    }
    return tree.text(text, parameter);
  }
}
