package dev.perfscope.lang.treesitter;

/**
 * Turns the UTF-8 byte offsets tree-sitter reports into offsets in the Java string it parsed. The bindings hand
 * the parser the text in UTF-8 (their UTF-16 entry points do not work: the tree comes back wrong), so a text with
 * non-ASCII characters needs this map; an ASCII text does not.
 */
public final class Utf8Offsets {
  private final int[] charAt;

  private Utf8Offsets(int[] charAt) {
    this.charAt = charAt;
  }

  public static Utf8Offsets of(String text) {
    int n = text.length();
    int bytes = 0;
    boolean ascii = true;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new Utf8Offsets(null);
    }
    for (int i = 0; i < n; i++) {
      bytes += width(text, i);
    }
    int[] charAt = new int[bytes + 1];
    int b = 0;
    for (int i = 0; i < n; i++) {
      int w = width(text, i);
      for (int k = 0; k < w; k++) {
        charAt[b++] = i;
      }
      if (w == 4) {
        i++; // the low surrogate was encoded with its high one
      }
    }
    charAt[b] = n;
    return new Utf8Offsets(charAt);
  }

  /** Bytes the character at {@code i} takes in UTF-8; a surrogate pair takes 4 for both. */
  private static int width(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x80) {
      return 1;
    }
    if (c < 0x800) {
      return 2;
    }
    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
      return 4;
    }
    return 3;
  }

  public int charOffset(int byteOffset) {
    if (charAt == null) {
      return byteOffset;
    }
    return charAt[Math.min(Math.max(0, byteOffset), charAt.length - 1)];
  }
}
