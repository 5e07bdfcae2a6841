package dev.perfscope.lang;

import dev.perfscope.model.LineCounts;
import java.util.BitSet;

/**
 * Turns the lines a language marked as holding code into line counts: a whitespace-only line is blank
 * (also inside a comment or string), a line with code is code, and any other line must be all comment.
 */
public final class LineTally {
  private LineTally() {}

  public static LineCounts count(SourceText source, BitSet codeLines) {
    int code = 0;
    int comment = 0;
    int blank = 0;
    for (int line = 1; line <= source.lineCount(); line++) {
      if (source.isBlank(line)) {
        blank++;
      } else if (codeLines.get(line)) {
        code++;
      } else {
        comment++;
      }
    }
    return new LineCounts(source.lineCount(), code, comment, blank);
  }

  /** Counts for text with no comment syntax: every non-blank line is code. */
  public static LineCounts countPlain(SourceText source) {
    BitSet all = new BitSet();
    all.set(1, source.lineCount() + 1);
    return count(source, all);
  }
}
