package dev.perfscope.model;

/**
 * Text from the tree (a path, a name, a reason) as it may be shown in a line of text output: every control
 * character, and the Unicode line and paragraph separators, written as an escape ({@code \n}, {@code \r},
 * {@code \t}, else {@code \}{@code u000b}), so that a file named {@code x.py\n[INFO] BUILD SUCCESS} prints one
 * line that says so instead of a forged log line. The result holds no such character, so escaping twice
 * changes nothing.
 */
public final class Printable {
  private Printable() {}

  public static String of(String text) {
    if (text == null || text.chars().noneMatch(Printable::escaped)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (escaped(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** C0 and C1 controls, DEL, and the line and paragraph separators some readers break lines at. */
  private static boolean escaped(int c) {
    return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
  }
}
