package dev.perfscope.lang.go;

import java.util.HashSet;
import java.util.Set;

/**
 * Which name a unit's direct recursive calls use, as gocognit decides it: a call of a bare identifier counts when
 * go/parser resolves it to the same object as the unit's name. A function's name is declared in the file, so
 * {@code f(...)} inside {@code func f} is recursive unless a local of the same name hides it; a method's name is
 * declared nowhere, so a bare call of that name is recursive only while nothing else declares it either, in the
 * file (a function, type, variable or constant: {@code Kind(x)} in {@code func (t T) Kind()} converts to type
 * {@code Kind}) or in the unit.
 */
final class RecursiveCalls {
  private RecursiveCalls() {}

  /** The name whose bare calls are recursive in {@code unit}, or null when none are. */
  static String name(GoTree tree, String text, int unit, String ownName, Set<String> fileNames) {
    byte kind = tree.kind(unit);
    if (ownName == null || kind == Kind.FUNC_LITERAL || (kind == Kind.METHOD && fileNames.contains(ownName))) {
      return null;
    }
    return declared(tree, text, unit, tree.last(unit)).contains(ownName) ? null : ownName;
  }

  /** The names the file declares at its top level: functions (with a body or not), types, variables, constants. */
  static Set<String> fileNames(GoTree tree, String text) {
    Set<String> names = new HashSet<>();
    for (int top = tree.firstChild(0); top >= 0; top = tree.nextSibling(top)) {
      if (tree.kind(top) == Kind.FUNCTION) {
        names.add(Units.text(tree, text, tree.child(top, tree.grammar.fieldName)));
      } else if (tree.kind(top) != Kind.METHOD) {
        names.addAll(declared(tree, text, top, tree.last(top)));
      }
    }
    return names;
  }

  /** The names declared in nodes {@code from .. end-1}, function literals' code left out. */
  private static Set<String> declared(GoTree tree, String text, int from, int end) {
    Set<String> names = new HashSet<>();
    for (int n = from; n < end; n++) {
      if (tree.kind(n) == Kind.FUNC_LITERAL && n != from) {
        n = tree.last(n) - 1;
      } else {
        addDeclaredBy(tree, text, n, names);
      }
    }
    return names;
  }

  /** Adds the names {@code node} itself declares: a parameter's, a variable's, a type's, a short declaration's. */
  private static void addDeclaredBy(GoTree tree, String text, int node, Set<String> names) {
    GoGrammar g = tree.grammar;
    switch (tree.kind(node)) {
      case Kind.PARAMETER, Kind.VARIADIC_PARAMETER, Kind.BINDING, Kind.TYPE_SPEC ->
          addIdentifiers(tree, text, node, g.fieldName, names);
      case Kind.SHORT_VAR_DECLARATION, Kind.RANGE_CLAUSE, Kind.RECEIVE ->
          addListed(tree, text, tree.child(node, g.fieldLeft), names);
      case Kind.TYPE_SWITCH -> addListed(tree, text, tree.child(node, g.fieldAlias), names);
      default -> { }
    }
  }

  private static void addIdentifiers(GoTree tree, String text, int node, int field, Set<String> names) {
    for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c)) {
      if (tree.field(c) == field) {
        names.add(Units.text(tree, text, c));
      }
    }
  }

  private static void addListed(GoTree tree, String text, int list, Set<String> names) {
    for (int c = list < 0 ? -1 : tree.firstChild(list); c >= 0; c = tree.nextSibling(c)) {
      if (tree.kind(c) == Kind.IDENTIFIER) {
        names.add(Units.text(tree, text, c));
      }
    }
  }
}
