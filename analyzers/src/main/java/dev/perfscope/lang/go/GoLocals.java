package dev.perfscope.lang.go;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which locals of one Go function a run of its statements reads from before it (the parameters it would need as a
 * function of its own) and writes for after it (its results), by the rules JavaScript's and Python's follow: a
 * local is a name the function declares itself (a parameter, the receiver, a variable), not one a function literal
 * in it declares. A name is an input when the run's first use of it reads it (a name is set once its statement's
 * value is computed: {@code n = n * 2} reads first) and it is a parameter or was set before the run; a result when
 * the run sets it and a read after the run is not preceded by a later write in a block holding the read. Function
 * literals count: a closure's use of a local is a use.
 */
final class GoLocals {
  private record Use(String name, int at, byte role, int blockStart, int blockEnd) {
    boolean reads() {
      return role == GoBindings.READS || role == GoBindings.UPDATES;
    }

    /** Whether this write, coming before {@code read}, sets the name on every path to it. */
    boolean covers(Use read) {
      return role != GoBindings.READS && at < read.at() && blockStart <= read.at() && read.at() < blockEnd;
    }
  }

  private final List<Use> uses = new ArrayList<>();
  private final Map<String, List<Use>> byName = new HashMap<>();
  private final Set<String> params = new HashSet<>();

  GoLocals(GoTree tree, String text, int unit) {
    Set<String> locals = declared(tree, text, unit);
    for (int n = unit + 1; n < tree.last(unit); n++) {
      if (tree.kind(n) == Kind.IDENTIFIER && locals.contains(Units.text(tree, text, n))) {
        byte role = GoBindings.role(tree, n);
        int block = block(tree, n);
        int at = role == GoBindings.READS ? tree.start(n) : effective(tree, n);
        uses.add(new Use(Units.text(tree, text, n), at, role, tree.start(block), tree.end(block)));
      }
    }
    uses.sort(Comparator.comparingInt(Use::at));
    uses.forEach(use -> byName.computeIfAbsent(use.name(), k -> new ArrayList<>()).add(use));
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

  List<String> reads(int start, int end) {
    Set<String> seen = new HashSet<>();
    Set<String> reads = new LinkedHashSet<>();
    for (Use use : uses) {
      if (use.at() >= start && use.at() < end && seen.add(use.name()) && use.reads() && setBefore(use.name(), start)) {
        reads.add(use.name());
      }
    }
    return List.copyOf(reads);
  }

  List<String> writes(int start, int end) {
    Set<String> written = new LinkedHashSet<>();
    for (Use use : uses) {
      if (use.at() >= start && use.at() < end && use.role() != GoBindings.READS) {
        written.add(use.name());
      }
    }
    written.removeIf(name -> {
      List<Use> ofName = byName.get(name);
      return ofName.stream().noneMatch(read -> read.at() >= end && read.reads()
          && ofName.stream().noneMatch(write -> write.at() >= end && write.covers(read)));
    });
    return List.copyOf(written);
  }

  private boolean setBefore(String name, int start) {
    return params.contains(name)
        || byName.get(name).stream().anyMatch(u -> u.at() < start && u.role() != GoBindings.READS);
  }
}
