package dev.perfscope.report;

import dev.perfscope.model.Printable;
import java.util.List;
import java.util.regex.Pattern;

/** Markdown building blocks that escape what comes from source code, so names and paths print as written. */
final class Markdown {
  /**
   * CommonMark lets a backslash escape any ASCII punctuation; these are the ones that change rendering inside
   * a line or a table cell ({@code >}, {@code #}, {@code (} only matter at a line start or after an unescaped
   * bracket, so they stay readable).
   */
  private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<|&~])");

  private Markdown() {}

  /**
   * {@code text} as literal Markdown inline text: control characters shown as escapes ({@link Printable}), so
   * a line end in a name can neither break a table row nor hide, and specials escaped.
   */
  static String text(String text) {
    return SPECIAL.matcher(Printable.of(text)).replaceAll("\\\\$1");
  }

  /** A table row of cells already escaped. */
  static String row(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |";
  }

  /** A header row and its separator; {@code align} has one letter per column, {@code r} for right-aligned numbers. */
  static List<String> header(List<String> titles, String align) {
    StringBuilder separator = new StringBuilder("|");
    for (int i = 0; i < titles.size(); i++) {
      separator.append(align.charAt(i) == 'r' ? "---:|" : "---|");
    }
    return List.of(row(titles), separator.toString());
  }
}
