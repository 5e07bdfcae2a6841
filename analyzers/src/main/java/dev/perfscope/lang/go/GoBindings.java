package dev.perfscope.lang.go;

import java.util.HashSet;
import java.util.Set;

/**
 * What an identifier does with its name: declares it (a parameter, the receiver, {@code x := ...}, {@code var x},
 * {@code const x}, a range or receive variable bound with {@code :=}, a type switch's {@code v := x.(type)}),
 * assigns it ({@code x = ...}), updates it ({@code x += ...}, {@code x++}) or reads it.
 */
final class GoBindings {
  static final byte READS = 0;
  static final byte DECLARES = 1;
  static final byte ASSIGNS = 2;
  static final byte UPDATES = 3;

  private GoBindings() {}

  static byte role(GoTree tree, int identifier) {
    int parent = tree.parent(identifier);
    byte kind = tree.kind(parent);
    if ((kind == Kind.PARAMETER || kind == Kind.VARIADIC_PARAMETER || kind == Kind.BINDING)
        && tree.field(identifier) == tree.grammar.fieldName) {
      return DECLARES;
    }
    if (kind == Kind.INC_DEC) {
      return UPDATES;
    }
    return kind == Kind.EXPRESSION_LIST ? listed(tree, parent) : READS;
  }

  /** The role of a name standing in an expression list: the left side of a declaration or an assignment. */
  private static byte listed(GoTree tree, int parent) {
    int holder = tree.parent(parent);
    byte holderKind = tree.kind(holder);
    boolean left = tree.field(parent) == tree.grammar.fieldLeft;
    if (holderKind == Kind.TYPE_SWITCH && tree.field(parent) == tree.grammar.fieldAlias
        || left && (holderKind == Kind.SHORT_VAR_DECLARATION || declaresIn(tree, holder, holderKind))) {
      return DECLARES;
    }
    if (left && holderKind == Kind.ASSIGNMENT) {
      int operator = tree.child(holder, tree.grammar.fieldOperator);
      return operator >= 0 && tree.end(operator) - tree.start(operator) > 1 ? UPDATES : ASSIGNS;
    }
    return READS;
  }

  /** A range clause or receive statement binding its left side with {@code :=}. */
  private static boolean declaresIn(GoTree tree, int holder, byte kind) {
    if (kind != Kind.RANGE_CLAUSE && kind != Kind.RECEIVE) {
      return false;
    }
    for (int c = tree.firstChild(holder); c >= 0; c = tree.nextSibling(c)) {
      if (tree.firstChild(c) < 0 && tree.end(c) - tree.start(c) == 2 && tree.kind(c) == Kind.OTHER) {
        return true; // the ":=" token; "=" assigns names declared before
      }
    }
    return false;
  }

  /** The names declared anywhere in {@code root}'s code, function literals included: locals shadow the file's. */
  static Set<String> declaredIn(GoTree tree, String text, int root) {
    Set<String> names = new HashSet<>();
    for (int n = root + 1; n < tree.last(root); n++) {
      if (tree.kind(n) == Kind.IDENTIFIER && role(tree, n) == DECLARES) {
        names.add(Units.text(tree, text, n));
      }
    }
    return names;
  }
}
