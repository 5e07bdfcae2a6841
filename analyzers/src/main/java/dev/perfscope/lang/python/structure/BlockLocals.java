package dev.perfscope.lang.python.structure;

import dev.perfscope.lang.python.metrics.Parameters;
import dev.perfscope.lang.python.parser.PythonParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Which locals of one function a run of its statements reads from before it (the parameters it would need as a
 * function of its own) and writes for after it (its results), as for Java. Python declares nothing, so a name is
 * an input when it is bound before the run (or is a parameter) and the run loads it before binding it itself,
 * and a result when the run binds it and a later load is not preceded by a later binding. A binding counts as
 * preceding a load when it comes first in a block holding the load: control flow is not followed further. A
 * method's receiver ({@code self}, {@code cls}) is neither: an extracted method has it too.
 */
final class BlockLocals {
  private final NameUses names;
  private final Set<String> locals;
  private final Map<String, List<NameUses.Use>> stores = new HashMap<>();
  private final Map<String, List<NameUses.Use>> loads = new HashMap<>();

  BlockLocals(PythonParser.Function_defContext def, boolean method, Scopes scopes) {
    this.names = scopes.of(def);
    this.locals = new HashSet<>(names.locals());
    List<String> all = Parameters.names(def, false);
    if (method && Parameters.names(def, true).size() < all.size()) {
      locals.remove(all.get(0));
    }
    for (NameUses.Use use : names.uses()) {
      if (use.store()) {
        stores.computeIfAbsent(use.name(), k -> new ArrayList<>()).add(use);
      }
      if (use.load()) {
        loads.computeIfAbsent(use.name(), k -> new ArrayList<>()).add(use);
      }
    }
  }

  List<String> reads(List<? extends ParserRuleContext> run) {
    int start = start(run);
    int end = end(run);
    Set<String> reads = new LinkedHashSet<>();
    for (NameUses.Use use : names.uses()) {
      if (use.load() && use.at() >= start && use.at() <= end && locals.contains(use.name())
          && boundBefore(use.name(), start) && !bound(use, start, end)) {
        reads.add(use.name());
      }
    }
    return List.copyOf(reads);
  }

  List<String> writes(List<? extends ParserRuleContext> run) {
    int start = start(run);
    int end = end(run);
    Set<String> written = new LinkedHashSet<>();
    for (NameUses.Use use : names.uses()) {
      if (use.store() && use.at() >= start && use.at() <= end && locals.contains(use.name())) {
        written.add(use.name());
      }
    }
    written.removeIf(name -> loads.getOrDefault(name, List.of()).stream()
        .noneMatch(use -> use.at() > end && !bound(use, end + 1, Integer.MAX_VALUE)));
    return List.copyOf(written);
  }

  private boolean boundBefore(String name, int start) {
    if (names.params().contains(name)) {
      return true;
    }
    for (NameUses.Use store : stores.getOrDefault(name, List.of())) {
      if (store.at() < start) {
        return true;
      }
    }
    return false;
  }

  /** Whether a store between tokens {@code from} and {@code to} binds the name before this load, on every path. */
  private boolean bound(NameUses.Use load, int from, int to) {
    for (NameUses.Use store : stores.getOrDefault(load.name(), List.of())) {
      if (store.at() >= from && store.at() <= to && store.effective() < load.at()
          && encloses(store.scope(), load.at())) {
        return true;
      }
    }
    return false;
  }
  /** Whether token {@code at}, a name or an f-string, lies in {@code scope}: a block, or the walk's root. */
  private static boolean encloses(ParserRuleContext scope, int at) {
    return scope.getStart().getTokenIndex() <= at && at <= scope.getStop().getTokenIndex();
  }

  private static int start(List<? extends ParserRuleContext> run) {
    return run.get(0).getStart().getTokenIndex();
  }

  private static int end(List<? extends ParserRuleContext> run) {
    return run.get(run.size() - 1).getStop().getTokenIndex();
  }
}
