package dev.perfscope.lang.kotlin;

import dev.perfscope.lang.LocalUses;
import dev.perfscope.lang.treesitter.RunLocals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which locals of one Kotlin function a run of its statements reads from before it (the parameters it would need as
 * a function of its own) and writes for after it (its results), by {@link LocalUses}' rules: a local is a name the
 * function declares itself (a parameter, a variable, a lambda's or a loop's variable, a caught exception), seen from
 * its declaration to the end of the block, loop, lambda or {@code catch} declaring it: a use elsewhere of that name
 * is another local's, or a property's. A name is set once its statement's value is computed ({@code n = n * 2}
 * reads first); {@code n += 1} and {@code n++} read and write it. Lambdas count: a lambda's use of a local is a use.
 * A lambda's implicit {@code it} is not followed.
 */
final class KotlinLocals implements RunLocals {
  /** A declaration of a local: where its name is seen, from {@code at} to {@code scopeEnd}. */
  private record Declared(String name, int node, int at, int scopeStart, int scopeEnd) {}

  private final Set<String> params = new HashSet<>();
  private final Map<String, List<Declared>> declared = new HashMap<>();
  private final LocalUses uses;

  KotlinLocals(KotlinTree tree, String text, int unit) {
    declare(tree, text, unit);
    List<LocalUses.Use> found = new ArrayList<>();
    for (int n = unit + 1; n < tree.last(unit); n++) {
      byte kind = tree.kind(n);
      String name = kind == Kind.IDENTIFIER || kind == Kind.INTERPOLATED_IDENTIFIER ? tree.text(text, n) : null;
      Declared local = name == null || tree.kind(tree.parent(n)) == Kind.NAVIGATION_SUFFIX ? null : local(name, n,
          tree.start(n));
      if (local != null) {
        found.add(use(tree, text, n, key(local)));
      }
    }
    uses = new LocalUses(found, params);
  }

  /** The innermost declaration of {@code name} seen at {@code offset}, or null. */
  private Declared local(String name, int node, int offset) {
    Declared best = null;
    for (Declared d : declared.getOrDefault(name, List.of())) {
      boolean seen = d.node() == node || d.at() <= offset && d.scopeStart() <= offset && offset < d.scopeEnd();
      if (seen && (best == null || d.scopeStart() >= best.scopeStart())) {
        best = d;
      }
    }
    return best;
  }

  /** A local's name in {@link LocalUses}: its name and its declaration, so that two locals of one name stay two. */
  private static String key(Declared local) {
    return local.name() + "#" + local.node();
  }

  private static LocalUses.Use use(KotlinTree tree, String text, int identifier, String key) {
    int block = block(tree, identifier);
    if (KotlinEdges.declares(tree, identifier)) {
      return new LocalUses.Use(key, effective(tree, identifier), false, true, tree.start(block), tree.end(block));
    }
    byte role = role(tree, text, identifier);
    int at = role == READS ? tree.start(identifier) : effective(tree, identifier);
    return new LocalUses.Use(key, at, role != ASSIGNS, role != READS, tree.start(block), tree.end(block));
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
  private void declare(KotlinTree tree, String text, int unit) {
    int parameters = tree.childOf(unit, Kind.PARAMETERS);
    for (int n = unit + 1; n < tree.last(unit); n++) {
      byte kind = tree.kind(n);
      if (Kind.isFunction(kind) || kind == Kind.OBJECT_LITERAL) {
        n = tree.last(n) - 1;
      } else if (kind == Kind.IDENTIFIER && KotlinEdges.declares(tree, n) && !tree.text(text, n).equals("_")) {
        int scope = scope(tree, n);
        Declared local = new Declared(tree.text(text, n), n, tree.start(n), tree.start(scope), tree.end(scope));
        declared.computeIfAbsent(local.name(), k -> new ArrayList<>()).add(local);
        if (tree.parent(tree.parent(n)) == parameters) {
          params.add(key(local));
        }
      }
    }
  }

  /** Where a declared name is seen: the block, loop, lambda, {@code catch} or function declaring it. */
  private static int scope(KotlinTree tree, int identifier) {
    int n = tree.parent(identifier);
    while (n > 0 && tree.kind(n) != Kind.STATEMENTS && tree.kind(n) != Kind.FOR && tree.kind(n) != Kind.LAMBDA
        && tree.kind(n) != Kind.CATCH && !Kind.isFunction(tree.kind(n))) {
      n = tree.parent(n);
    }
    return Math.max(n, 0);
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

  @Override
  public List<String> reads(int start, int end) {
    return names(uses.reads(start, end));
  }

  @Override
  public List<String> writes(int start, int end) {
    return names(uses.writes(start, end));
  }

  /** The names of locals, each once. */
  private static List<String> names(List<String> keys) {
    Set<String> names = new LinkedHashSet<>();
    keys.forEach(key -> names.add(key.substring(0, key.lastIndexOf('#'))));
    return List.copyOf(names);
  }
}
