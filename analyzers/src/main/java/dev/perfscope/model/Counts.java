package dev.perfscope.model;

import java.util.Locale;

/**
 * How every report writes a number: thousands separated by commas whatever the machine's locale ("1,574"),
 * and a count with its noun, singular for one ("1 file", "2 files", "1,574 lines"). The console, Markdown,
 * SARIF, Checkstyle and site texts, and the finding and recommendation texts they share, go through it.
 */
public final class Counts {
  private Counts() {}

  /** {@code 1574} as {@code "1,574"}. */
  public static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** {@code of(1, "file")} is {@code "1 file"}, {@code of(1574, "line")} is {@code "1,574 lines"}. */
  public static String of(long value, String noun) {
    return of(value, noun, noun + "s");
  }

  /** For a noun whose plural is not its singular plus s: {@code of(2, "dependency", "dependencies")}. */
  public static String of(long value, String singular, String plural) {
    return number(value) + " " + (value == 1 ? singular : plural);
  }
}
