package dev.perfscope.model;

/** Physical lines split into code, comment and blank lines; the three parts always add up to the whole. */
public record LineCounts(int physical, int code, int comment, int blank) {
  public LineCounts {
    if (code < 0 || comment < 0 || blank < 0 || code + comment + blank != physical) {
      throw new IllegalArgumentException(
          "code + comment + blank must equal physical: " + code + "+" + comment + "+" + blank + " != " + physical);
    }
  }

  public static final LineCounts EMPTY = new LineCounts(0, 0, 0, 0);
}
