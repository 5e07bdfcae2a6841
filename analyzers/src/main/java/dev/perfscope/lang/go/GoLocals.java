package dev.perfscope.lang.go;

import dev.perfscope.lang.LocalUses;
import dev.perfscope.lang.treesitter.RunLocals;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which locals of one Go function a run of its statements reads from before it (the parameters it would need as a
 * function of its own) and writes for after it (its results), by {@link LocalUses}' rules: a local is a name the
 * function declares itself (a parameter, the receiver, a variable), not one a function literal in it declares; a
 * name is set once its statement's value is computed ({@code n = n * 2} reads first). Function literals count: a
 * closure's use of a local is a use.
 */
final class GoLocals implements RunLocals {
  private final Set<String> params = new HashSet<>();
  private final LocalUses uses;

  GoLocals(GoTree tree, String text, int unit) {
    Set<String> locals = declared(tree, text, unit);
    List<LocalUses.Use> found = new ArrayList<>();
    for (int n = unit + 1; n < tree.last(unit); n++) {
      if (tree.kind(n) == Kind.IDENTIFIER && locals.contains(Units.text(tree, text, n))) {
        byte role = GoBindings.role(tree, n);
        int block = block(tree, n);
        int at = role == GoBindings.READS ? tree.start(n) : effective(tree, n);
        found.add(new LocalUses.Use(Units.text(tree, text, n), at,
            role == GoBindings.READS || role == GoBindings.UPDATES, role != GoBindings.READS,
            tree.start(block), tree.end(block)));
      }
    }
    uses = new LocalUses(found, params);
  }
  /** The names the unit declares itself, noting its parameters (the receiver's among them). */
  private Set<String> declared(GoTree tree, String text, int unit) {
    Set<String> locals = new HashSet<>();
    for (int n = unit + 1; n < tree.last(unit); n++) {
      if (tree.kind(n) == Kind.FUNC_LITERAL) {
        n = tree.last(n) - 1;
      } else if (tree.kind(n) == Kind.IDENTIFIER && GoBindings.role(tree, n) == GoBindings.DECLARES) {
        String name = Units.text(tree, text, n);
        locals.add(name);
        byte parent = tree.kind(tree.parent(n));
        if (parent == Kind.PARAMETER || parent == Kind.VARIADIC_PARAMETER) {
          params.add(name);
        }
      }
    }
    locals.remove("_");
    return locals;
  }

  /** The block, case or function {@code node} stands in. */
  private static int block(GoTree tree, int node) {
    int n = tree.parent(node);
    while (n > 0 && tree.kind(n) != Kind.BLOCK && tree.kind(n) != Kind.CASE && tree.kind(n) != Kind.DEFAULT_CASE
        && !Kind.isUnit(tree.kind(n))) {
      n = tree.parent(n);
    }
    return Math.max(n, 0);
  }

  /** Where a name is set: at the end of its statement, once the value is computed. */
  private static int effective(GoTree tree, int identifier) {
    for (int n = tree.parent(identifier); n >= 0 && !Kind.isUnit(tree.kind(n)); n = tree.parent(n)) {
      byte kind = tree.kind(n);
      if (kind == Kind.ASSIGNMENT || kind == Kind.SHORT_VAR_DECLARATION || kind == Kind.BINDING
          || kind == Kind.INC_DEC || kind == Kind.RANGE_CLAUSE || kind == Kind.RECEIVE) {
        return tree.end(n) - 1;
      }
    }
    return tree.start(identifier);
  }

  @Override
  public List<String> reads(int start, int end) {
    return uses.reads(start, end);
  }

  @Override
  public List<String> writes(int start, int end) {
    return uses.writes(start, end);
  }
}
