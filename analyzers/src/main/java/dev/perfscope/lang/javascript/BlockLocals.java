package dev.perfscope.lang.javascript;

import dev.perfscope.lang.LocalUses;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which locals of one function a run of its statements reads from before it (the parameters it would need as a
 * function of its own) and writes for after it (its results), as for Python: a local is a name the function
 * declares itself (a parameter, a variable, a nested function's name), not one a nested function declares. A
 * name is an input when the run's first use of it reads it (a name is set once the value assigned to it is
 * computed) and it is a parameter or was set before the run; a
 * result when the run sets it and a read after the run is not preceded by a later write in a block holding the
 * read (control flow is not followed further: a name set in one branch of an {@code if} is still read). Closures count: a nested function's use
 * of a local is a use.
 */
final class BlockLocals {
  private final Set<String> params = new HashSet<>();
  private final LocalUses uses;

  BlockLocals(ScriptTree tree, String text, int unit) {
    Set<String> locals = declared(tree, text, unit);
    List<LocalUses.Use> found = new ArrayList<>();
    for (int n = unit + 1; n < tree.last(unit); n++) {
      if (tree.kind(n) == Kind.IDENTIFIER && locals.contains(tree.text(text, n))) {
        byte role = Bindings.role(tree, n);
        int block = block(tree, n);
        int at = role == Bindings.ASSIGNS || role == Bindings.DECLARES ? effective(tree, n) : tree.start(n);
        found.add(new LocalUses.Use(tree.text(text, n), at, role == Bindings.READS || role == Bindings.UPDATES,
            role != Bindings.READS, tree.start(block), tree.end(block)));
      }
    }
    uses = new LocalUses(found, params);
  }

  /** The names the unit declares itself, noting its parameters. */
  private Set<String> declared(ScriptTree tree, String text, int unit) {
    Set<String> locals = new HashSet<>();
    int parameters = Math.max(tree.child(unit, tree.grammar.fieldParameters), tree.child(unit, tree.grammar.fieldParameter));
    for (int n = unit + 1; n < tree.last(unit); n++) {
      if (tree.kind(n) == Kind.IDENTIFIER && Bindings.role(tree, n) == Bindings.DECLARES && scopeOf(tree, n) == unit) {
        locals.add(tree.text(text, n));
        if (parameters >= 0 && tree.within(n, parameters)) {
          params.add(tree.text(text, n));
        }
      }
    }
    return locals;
  }

  /** The block (or the function) {@code node} stands in. */
  private static int block(ScriptTree tree, int node) {
    int n = tree.parent(node);
    while (n > 0 && tree.kind(n) != Kind.STATEMENT_BLOCK && !Kind.isFunction(tree.kind(n))) {
      n = tree.parent(n);
    }
    return Math.max(n, 0);
  }

  /** Where a name is set: after the value assigned to it ({@code price = price * 2} reads first). */
  private static int effective(ScriptTree tree, int identifier) {
    for (int n = tree.parent(identifier); n >= 0 && !Kind.isFunction(tree.kind(n)); n = tree.parent(n)) {
      byte kind = tree.kind(n);
      if (kind == Kind.ASSIGNMENT || kind == Kind.VARIABLE_DECLARATOR) {
        return tree.end(n) - 1;
      }
    }
    return tree.start(identifier);
  }

  /** The function whose scope a declared name is in: a function's own name is in the scope around it. */
  private static int scopeOf(ScriptTree tree, int identifier) {
    int child = identifier;
    for (int n = tree.parent(identifier); n >= 0; n = tree.parent(n)) {
      if (Kind.isFunction(tree.kind(n)) && tree.field(child) != tree.grammar.fieldName) {
        return n;
      }
      child = n;
    }
    return -1;
  }

  List<String> reads(int start, int end) {
    return uses.reads(start, end);
  }

  List<String> writes(int start, int end) {
    return uses.writes(start, end);
  }
}
