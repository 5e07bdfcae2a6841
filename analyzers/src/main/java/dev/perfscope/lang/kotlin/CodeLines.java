package dev.perfscope.lang.kotlin;

import dev.perfscope.lang.SourceText;
import java.util.BitSet;

/**
 * The lines holding code, by cloc's rules: a line with any token that is not a comment is code; a string
 * literal (a raw {@code """} one too) makes every line it spans code; a line with nothing but comments is a
 * comment line.
 */
final class CodeLines {
  private CodeLines() {}

  static BitSet of(KotlinTree tree, SourceText source) {
    BitSet code = new BitSet();
    for (int n = 1; n < tree.size(); n++) {
      byte kind = tree.kind(n);
      if (kind == Kind.COMMENT) {
        n = tree.last(n) - 1;
      } else if (kind == Kind.STRING) {
        mark(code, source, tree.start(n), tree.end(n));
        n = tree.last(n) - 1;
      } else if (tree.firstChild(n) < 0 && tree.end(n) > tree.start(n)) {
        mark(code, source, tree.start(n), tree.end(n));
      }
    }
    return code;
  }

  private static void mark(BitSet code, SourceText source, int start, int end) {
    code.set(source.lineOf(start), source.lineOf(Math.max(start, end - 1)) + 1);
  }
}
