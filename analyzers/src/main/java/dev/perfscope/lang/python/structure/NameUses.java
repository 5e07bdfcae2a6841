package dev.perfscope.lang.python.structure;

import dev.perfscope.lang.python.parser.PythonLexer;
import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.lang.python.parser.Trees;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
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
  record Use(String name, String attribute, int at, boolean load, boolean store, int effective,
      ParserRuleContext scope) {}

  /** Where a store binds: computed at its statement, read when the walk reaches its name. */
  record Binding(int effective, ParserRuleContext scope, boolean alsoLoads) {}

  private final ParserRuleContext root;
  private final Scopes scopes;
  private final List<Use> uses = new ArrayList<>();
  private final Set<String> params = new LinkedHashSet<>();
  private final Set<String> globals = new LinkedHashSet<>();
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
          names.params.add(Trees.text(p.name()));
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
    scopes.bindings()[name.getStart().getTokenIndex()] = new Binding(effective, scope, alsoLoads);
  }

  /** A name bound where it is written (a def, an import, {@code except ... as}), not through an atom. */
  void store(String name, int at, int effective, ParserRuleContext scope) {
    if (!globals.contains(name)) {
      uses.add(new Use(name, null, at, false, true, effective, scope));
    }
  }

  /**
   * Walks {@code start} and what it holds. A chain of single-child nodes (most of an expression's levels) is
   * followed in a loop, and some nodes are {@link #takenWhole taken whole}.
   */
  private void walk(ParserRuleContext start, ParserRuleContext block, Set<String> inner) {
    ParserRuleContext context = start;
    ParserRuleContext scope = block;
    Set<String> hidden = inner;
    while (true) {
      int rule = context.getRuleIndex();
      if (takenWhole(context, rule, scope, hidden)) {
        return;
      }
      scope = rule == PythonParser.RULE_block ? context : scope;
      if (Binder.binds(rule)) {
        binder.bind(context, rule, scope);
      }
      if (ExpressionScopes.opens(rule)) {
        hidden = ExpressionScopes.extend(context, rule, hidden);
      }
      if (context.getChildCount() != 1 || !(context.getChild(0) instanceof ParserRuleContext only)) {
        children(context, rule, scope, hidden);
        return;
      }
      context = only;
    }
  }

  /**
   * Records the uses of what needs no walk, and says whether it did: a name atom, a {@link PlainExpressions
   * plain} expression (read off its tokens), a nested def or class (walked as a scope of its own), and a name
   * outside an atom (of a def, a parameter, an import, a keyword), which uses nothing.
   */
  private boolean takenWhole(ParserRuleContext context, int rule, ParserRuleContext scope, Set<String> hidden) {
    if (rule == PythonParser.RULE_atom && context.getChild(0) instanceof PythonParser.NameContext) {
      name(context.getStart().getTokenIndex(), hidden);
      return true;
    }
    if (scopes.plain().isPlain(context, rule)) {
      plain(context, hidden);
      return true;
    }
    if (context != root && (rule == PythonParser.RULE_function_def || rule == PythonParser.RULE_class_def)) {
      nested(context, scope, hidden);
      return true;
    }
    return rule == PythonParser.RULE_name;
  }

  /** The children of a node with several, but not an attribute's {@code .x}, which uses nothing. */
  private void children(ParserRuleContext context, int rule, ParserRuleContext scope, Set<String> hidden) {
    for (int i = ExpressionScopes.firstWalked(context, rule); i < context.getChildCount(); i++) {
      ParseTree child = context.getChild(i);
      if (child instanceof ParserRuleContext inside) {
        if (!isAttribute(inside)) {
          walk(inside, scope, hidden);
        }
      } else if (((TerminalNode) child).getSymbol().getType() == PythonLexer.STRING) {
        fString(((TerminalNode) child).getSymbol(), hidden);
      }
    }
  }

  private static boolean isAttribute(ParserRuleContext node) {
    return node instanceof PythonParser.TrailerContext && node.getChild(0) instanceof TerminalNode first
        && first.getSymbol().getType() == PythonLexer.DOT;
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
        uses.add(new Use(use.name(), use.attribute(), use.at(), true, false, use.at(), null));
      }
    }
  }

  /** The uses of a {@link PlainExpressions plain} expression, from its tokens: as a walk would find them. */
  private void plain(ParserRuleContext expression, Set<String> inner) {
    TokenStream tokens = scopes.tokens();
    int stop = expression.getStop().getTokenIndex();
    for (int i = expression.getStart().getTokenIndex(); i <= stop; i++) {
      Token token = tokens.get(i);
      int type = token.getType();
      if (PlainExpressions.isName(type) && (i == 0 || tokens.get(i - 1).getType() != PythonLexer.DOT)) {
        name(i, inner);
      } else if (type == PythonLexer.STRING) {
        fString(token, inner);
      }
    }
  }

  /** The name of an atom, at token {@code at}: a load, or a store where a statement binds it. */
  private void name(int at, Set<String> inner) {
    TokenStream tokens = scopes.tokens();
    String name = Trees.text(tokens.get(at));
    if (inner.contains(name)) {
      return;
    }
    Binding binding = scopes.bindings()[at];
    boolean store = binding != null && !globals.contains(name);
    uses.add(new Use(name, attribute(tokens, at), at, !store || binding.alsoLoads(), store,
        store ? binding.effective() : at, store ? binding.scope() : null));
  }

  /** The names an f-string's fields load. */
  private void fString(Token token, Set<String> inner) {
    for (FieldNames.Name name : scopes.fields().of(token)) {
      if (!inner.contains(name.name())) {
        int at = token.getTokenIndex();
        uses.add(new Use(name.name(), name.attribute(), at, true, false, at, null));
      }
    }
  }

  /** {@code x} when the atom's name at token {@code at} is followed by {@code .x}: only a trailer puts a dot there. */
  private static String attribute(TokenStream tokens, int at) {
    return tokens.get(at + 1).getType() == PythonLexer.DOT ? Trees.text(tokens.get(at + 2)) : null;
  }
}
