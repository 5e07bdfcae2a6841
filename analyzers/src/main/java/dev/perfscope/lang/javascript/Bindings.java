package dev.perfscope.lang.javascript;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What an identifier does where it stands, found from the nodes above it: it {@link #DECLARES} a name (a
 * variable, a parameter, a {@code catch} or loop variable, a function or class name), {@link #ASSIGNS} one
 * ({@code x = 1}, {@code [a, b] = pair}), {@link #UPDATES} one ({@code x += 1}, {@code x++}: read, then written), or
 * {@link #READS} it. Destructuring patterns are walked through; a default value ({@code a = b}) is read.
 */
final class Bindings {
  static final byte READS = 0;
  static final byte DECLARES = 1;
  static final byte ASSIGNS = 2;
  static final byte UPDATES = 3;
  private static final byte WALK_ON = -1;
  private static final int NO_FIELD = Integer.MIN_VALUE;
  private static final int MAX_PATTERN_DEPTH = 8;

  private Bindings() {}

  static byte role(ScriptTree tree, int identifier) {
    int child = identifier;
    for (int depth = 0; depth < MAX_PATTERN_DEPTH; depth++) {
      int parent = tree.parent(child);
      if (parent < 0) {
        return READS;
      }
      byte role = step(tree.grammar, tree.kind(parent), tree.field(child));
      if (role != WALK_ON) {
        return role;
      }
      child = parent;
    }
    return READS;
  }

  /** What a node of {@code kind} says of the child in {@code field} it holds, or {@link #WALK_ON} for a pattern. */
  private static byte step(Grammar g, byte kind, int field) {
    return switch (kind) {
      case Kind.ASSIGNMENT -> field == g.fieldLeft ? ASSIGNS : READS;
      case Kind.AUGMENTED_ASSIGNMENT -> field == g.fieldLeft ? UPDATES : READS;
      case Kind.UPDATE -> UPDATES;
      case Kind.ASSIGNMENT_PATTERN -> field == g.fieldLeft ? WALK_ON : READS;
      case Kind.OTHER, Kind.PARAMETER, Kind.PAIR -> WALK_ON; // object, array, rest and pair patterns
      default -> declares(g, kind, field) ? DECLARES : READS;
    };
  }

  private static boolean declares(Grammar g, byte kind, int field) {
    return kind == Kind.FORMAL_PARAMETERS || field == declaringField(g, kind)
        || kind == Kind.ARROW_FUNCTION && field == g.fieldParameter;
  }

  /** The field of a node of {@code kind} that declares a name. */
  private static int declaringField(Grammar g, byte kind) {
    return switch (kind) {
      case Kind.VARIABLE_DECLARATOR, Kind.FUNCTION_DECLARATION, Kind.FUNCTION_EXPRESSION, Kind.CLASS -> g.fieldName;
      case Kind.CATCH -> g.fieldParameter;
      case Kind.FOR_IN -> g.fieldLeft;
      default -> NO_FIELD;
    };
  }

  /** The names declared in {@code root} (itself included), those of nested functions too. */
  static Set<String> declaredIn(ScriptTree tree, String text, int root) {
    Set<String> names = new LinkedHashSet<>();
    for (int n = root; n < tree.last(root); n++) {
      if (tree.kind(n) == Kind.IDENTIFIER && role(tree, n) == DECLARES) {
        names.add(tree.text(text, n));
      }
    }
    return names;
  }
}
