package dev.perfscope.lang.kotlin;

import dev.perfscope.lang.LocalUses;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which locals of one Kotlin function a run of its statements reads from before it (the parameters it would need as
 * a function of its own) and writes for after it (its results), by {@link LocalUses}' rules: a local is a name the
 * function declares itself (a parameter, a variable, a lambda's or a loop's variable, a caught exception); a name
 * is set once its statement's value is computed ({@code n = n * 2} reads first); {@code n += 1} and {@code n++}
 * read and write it. Lambdas count: a lambda's use of a local is a use. A lambda's implicit {@code it} is not
 * followed.
 */
final class KotlinLocals {
  private final Set<String> params = new HashSet<>();
  private final LocalUses uses;

  KotlinLocals(KotlinTree tree, String text, int unit) {
    Set<String> locals = declared(tree, text, unit);
    List<LocalUses.Use> found = new ArrayList<>();
    for (int n = unit + 1; n < tree.last(unit); n++) {
      byte kind = tree.kind(n);
      String name = kind == Kind.IDENTIFIER || kind == Kind.INTERPOLATED_IDENTIFIER ? tree.text(text, n) : null;
      if (name != null && locals.contains(name) && tree.kind(tree.parent(n)) != Kind.NAVIGATION_SUFFIX) {
        found.add(use(tree, text, n, name));
      }
    }
    uses = new LocalUses(found, params);
  }

  private static LocalUses.Use use(KotlinTree tree, String text, int identifier, String name) {
    int block = block(tree, identifier);
    if (KotlinEdges.declares(tree, identifier)) {
      return new LocalUses.Use(name, effective(tree, identifier), false, true, tree.start(block), tree.end(block));
    }
    byte role = role(tree, text, identifier);
    int at = role == READS ? tree.start(identifier) : effective(tree, identifier);
    return new LocalUses.Use(name, at, role != ASSIGNS, role != READS, tree.start(block), tree.end(block));
  }

  private static final byte READS = 0;
  private static final byte ASSIGNS = 1;
  private static final byte UPDATES = 2;

  /** Whether a name is read, assigned ({@code n = 1}) or updated ({@code n += 1}, {@code n++}). */
  private static byte role(KotlinTree tree, String text, int identifier) {
    int parent = tree.parent(identifier);
    byte kind = tree.kind(parent);
    if (kind == Kind.ASSIGNABLE && tree.firstChild(parent) == identifier && tree.nextSibling(identifier) < 0) {
      int operator = tree.nextSibling(parent);
      return operator < 0 || tree.text(text, operator).equals("=") ? ASSIGNS : UPDATES;
    }
    return (kind == Kind.POSTFIX || kind == Kind.PREFIX) && isIncrement(tree, text, parent) ? UPDATES : READS;
  }

  /** The names the unit declares itself, noting its parameters; a local function's are its own. */
  private Set<String> declared(KotlinTree tree, String text, int unit) {
    Set<String> locals = new HashSet<>();
    for (int n = unit + 1; n < tree.last(unit); n++) {
      byte kind = tree.kind(n);
      if (Kind.isFunction(kind) || kind == Kind.OBJECT_LITERAL) {
        n = tree.last(n) - 1;
      } else if (kind == Kind.IDENTIFIER && KotlinEdges.declares(tree, n)) {
        locals.add(tree.text(text, n));
        if (tree.kind(tree.parent(n)) == Kind.PARAMETER && tree.parent(tree.parent(n)) == tree.childOf(unit,
            Kind.PARAMETERS)) {
          params.add(tree.text(text, n));
        }
      }
    }
    locals.remove("_");
    return locals;
  }

  private static boolean isIncrement(KotlinTree tree, String text, int operation) {
    for (int c = tree.firstChild(operation); c >= 0; c = tree.nextSibling(c)) {
      String token = tree.firstChild(c) < 0 ? tree.text(text, c) : "";
      if (token.equals("++") || token.equals("--")) {
        return true;
      }
    }
    return false;
  }

  /** The statements, lambda or function {@code node} stands in. */
  private static int block(KotlinTree tree, int node) {
    int n = tree.parent(node);
    while (n > 0 && tree.kind(n) != Kind.STATEMENTS && tree.kind(n) != Kind.LAMBDA && !Kind.isFunction(tree.kind(n))) {
      n = tree.parent(n);
    }
    return Math.max(n, 0);
  }

  /** Where a name is set: at the end of its statement, once the value is computed. */
  private static int effective(KotlinTree tree, int identifier) {
    int n = identifier;
    while (tree.parent(n) > 0 && tree.kind(tree.parent(n)) != Kind.STATEMENTS
        && !Kind.isFunction(tree.kind(tree.parent(n)))) {
      n = tree.parent(n);
      if (tree.kind(n) == Kind.FOR || tree.kind(n) == Kind.LAMBDA || tree.kind(n) == Kind.CATCH) {
        return tree.start(identifier); // a loop's, lambda's or catch's variable is set before its body runs
      }
    }
    return tree.end(n) - 1;
  }

  List<String> reads(int start, int end) {
    return uses.reads(start, end);
  }

  List<String> writes(int start, int end) {
    return uses.writes(start, end);
  }
}
