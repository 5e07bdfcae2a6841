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
  private static final int MAX_PATTERN_DEPTH = 8;

  private Bindings() {}

  static byte role(ScriptTree tree, int identifier) {
    Grammar g = tree.grammar;
    int child = identifier;
    for (int depth = 0; depth < MAX_PATTERN_DEPTH; depth++) {
      int parent = tree.parent(child);
      if (parent < 0) {
        return READS;
      }
      int field = tree.field(child);
      switch (tree.kind(parent)) {
        case Kind.VARIABLE_DECLARATOR -> {
          return field == g.fieldName ? DECLARES : READS;
        }
        case Kind.FORMAL_PARAMETERS -> {
          return DECLARES;
        }
        case Kind.CATCH -> {
          return field == g.fieldParameter ? DECLARES : READS;
        }
        case Kind.FOR_IN -> {
          return field == g.fieldLeft ? DECLARES : READS;
        }
        case Kind.FUNCTION_DECLARATION, Kind.FUNCTION_EXPRESSION, Kind.ARROW_FUNCTION, Kind.CLASS -> {
          return field == g.fieldName || field == g.fieldParameter ? DECLARES : READS;
        }
        case Kind.ASSIGNMENT -> {
          return field == g.fieldLeft ? ASSIGNS : READS;
        }
        case Kind.AUGMENTED_ASSIGNMENT -> {
          return field == g.fieldLeft ? UPDATES : READS;
        }
        case Kind.UPDATE -> {
          return UPDATES;
        }
        case Kind.ASSIGNMENT_PATTERN -> {
          if (field != g.fieldLeft) {
            return READS;
          }
        }
        case Kind.OTHER, Kind.PARAMETER, Kind.PAIR -> { } // patterns: object, array, rest, pair
        default -> {
          return READS;
        }
      }
      child = parent;
    }
    return READS;
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
