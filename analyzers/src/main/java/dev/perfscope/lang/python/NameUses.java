package dev.perfscope.lang.python;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Every use of a name in one scope (a def, a class, or any statement), in source order, each a load or a
 * store: what tells a local from a global for edges, and a block's inputs from its results. Python has no
 * declarations, so a name is local where its scope binds it; names bound by a nested def, lambda or
 * comprehension are that scope's own, and only the free names a nested scope loads are reported here.
 */
final class NameUses {
  /**
   * A name at token {@code at}. A store takes effect at token {@code effective} (after the value it binds is
   * computed) for the statements inside {@code scope} (the block that sees the binding); a nested store is
   * none of this scope's.
   */
  record Use(String name, ParseTree node, String attribute, int at, boolean load, boolean store, int effective,
      ParserRuleContext scope) {}

  /** Where a store binds: computed at its statement, read when the walk reaches its name. */
  private record Binding(int effective, ParserRuleContext scope, boolean alsoLoads) {}

  private final ParserRuleContext root;
  private final Scopes scopes;
  private final List<Use> uses = new ArrayList<>();
  private final Set<String> params = new LinkedHashSet<>();
  private final Set<String> globals = new LinkedHashSet<>();
  private final Map<PythonParser.NameContext, Binding> bindings = new IdentityHashMap<>();
  private final Binder binder = new Binder(this);
  private Set<String> locals;

  private NameUses(ParserRuleContext root, Scopes scopes) {
    this.root = root;
    this.scopes = scopes;
  }

  /** Walks one scope; {@link Scopes#of} is the way in, so that each scope is walked once. */
  static NameUses of(ParserRuleContext root, Scopes scopes) {
    NameUses names = new NameUses(root, scopes);
    if (root instanceof PythonParser.Function_defContext def && def.parameters() != null) {
      def.parameters().parameter().forEach(p -> {
        if (p.name() != null) {
          names.params.add(p.name().getText());
        }
      });
    }
    names.walk(root, root, Set.of());
    return names;
  }

  List<Use> uses() {
    return uses;
  }

  Set<String> params() {
    return params;
  }

  /**
   * The parameters and the names this scope binds, less those it declares {@code global} or {@code nonlocal}:
   * read-only, and computed once, since every enclosing scope, edges and blocks ask for it.
   */
  Set<String> locals() {
    if (locals == null) {
      Set<String> found = new LinkedHashSet<>(params);
      for (Use use : uses) {
        if (use.store()) {
          found.add(use.name());
        }
      }
      found.removeAll(globals);
      locals = Collections.unmodifiableSet(found);
    }
    return locals;
  }

  void global(String name) {
    globals.add(name);
  }

  void bind(PythonParser.NameContext name, int effective, ParserRuleContext scope, boolean alsoLoads) {
    bindings.put(name, new Binding(effective, scope, alsoLoads));
  }

  /** A name bound where it is written (a def, an import, {@code except ... as}), not through an atom. */
  void store(String name, int at, int effective, ParserRuleContext scope) {
    if (!globals.contains(name)) {
      uses.add(new Use(name, null, null, at, false, true, effective, scope));
    }
  }

  /**
   * Walks {@code start} and what it holds. A chain of single-child nodes (most of an expression's levels) is
   * followed in a loop, and what cannot hold a use is not entered: see {@link Scopes#mayUse}.
   */
  private void walk(ParserRuleContext start, ParserRuleContext block, Set<String> inner) {
    ParserRuleContext context = start;
    ParserRuleContext scope = block;
    Set<String> hidden = inner;
    while (true) {
      int rule = context.getRuleIndex();
      if (context != root && (rule == PythonParser.RULE_function_def || rule == PythonParser.RULE_class_def)) {
        nested(context, scope, hidden);
        return;
      }
      if (rule == PythonParser.RULE_block) {
        scope = context;
      }
      binder.bind(context, rule, scope);
      if (rule == PythonParser.RULE_atom && context.getChild(0) instanceof PythonParser.NameContext) {
        name((PythonParser.AtomContext) context, hidden);
        return;
      }
      hidden = ExpressionScopes.extend(context, rule, hidden);
      List<ParseTree> children = context.children;
      int count = children.size();
      if (count == 1 && children.get(0) instanceof ParserRuleContext only) {
        if (!scopes.mayUse(only)) {
          return;
        }
        context = only;
        continue;
      }
      for (int i = ExpressionScopes.firstWalked(context, rule); i < count; i++) {
        ParseTree child = children.get(i);
        if (child instanceof ParserRuleContext inside) {
          if (scopes.mayUse(inside)) {
            walk(inside, scope, hidden);
          }
        } else if (((TerminalNode) child).getSymbol().getType() == PythonLexer.STRING) {
          fString((TerminalNode) child, hidden);
        }
      }
      return;
    }
  }

  /** A nested def or class binds its name here; the free names it loads are loads here too. */
  private void nested(ParserRuleContext scope, ParserRuleContext block, Set<String> inner) {
    PythonParser.NameContext name = scope instanceof PythonParser.Function_defContext def ? def.name()
        : ((PythonParser.Class_defContext) scope).name();
    store(Trees.text(name), scope.getStart().getTokenIndex(), scope.getStop().getTokenIndex(), block);
    NameUses own = scopes.of(scope);
    Set<String> ownLocals = own.locals();
    for (Use use : own.uses) {
      if (use.load() && !ownLocals.contains(use.name()) && !inner.contains(use.name())) {
        uses.add(new Use(use.name(), use.node(), use.attribute(), use.at(), true, false, use.at(), null));
      }
    }
  }

  private void name(PythonParser.AtomContext atom, Set<String> inner) {
    String name = Trees.text(atom.name());
    if (inner.contains(name)) {
      return;
    }
    Binding binding = bindings.get(atom.name());
    boolean store = binding != null && !globals.contains(name);
    int at = atom.getStart().getTokenIndex();
    uses.add(new Use(name, atom, attribute(atom), at, !store || binding.alsoLoads(), store,
        store ? binding.effective() : at, store ? binding.scope() : null));
  }

  /** The names an f-string's fields load. */
  private void fString(TerminalNode terminal, Set<String> inner) {
    for (FieldNames.Name name : scopes.fields().of(terminal.getSymbol())) {
      if (!inner.contains(name.name())) {
        int at = terminal.getSymbol().getTokenIndex();
        uses.add(new Use(name.name(), terminal, name.attribute(), at, true, false, at, null));
      }
    }
  }

  /** {@code x} when the atom is followed by {@code .x}. */
  private static String attribute(PythonParser.AtomContext atom) {
    ParserRuleContext parent = atom.getParent();
    int at = parent.children.indexOf(atom);
    return at + 1 < parent.getChildCount() && parent.getChild(at + 1) instanceof PythonParser.TrailerContext t
        && t.DOT() != null ? Trees.text(t.name()) : null;
  }
}
