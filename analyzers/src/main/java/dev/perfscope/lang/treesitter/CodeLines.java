package dev.perfscope.lang.treesitter;

import dev.perfscope.lang.SourceText;
import java.util.BitSet;
import java.util.function.IntPredicate;

/**
 * The lines holding code, by cloc's rules, for any tree-sitter language: a line with any token that is not a
 * comment is code; a string literal makes every line it spans code (a multi-line one's blank lines stay blank,
 * {@link dev.perfscope.lang.LineTally}); a line with nothing but comments is a comment line.
 */
public final class CodeLines {
  private CodeLines() {}

  /**
   * The code lines of {@code source} read as {@code tree}, whose comments are of kind {@code comment} and string
   * literals of kind {@code string}; a leaf for which {@code isToken} is false marks no line (Go's grammar reads
   * the semicolon a line's end stands for as a leaf on that line break).
   */
  public static BitSet of(SyntaxTree tree, SourceText source, byte comment, byte string, IntPredicate isToken) {
    BitSet code = new BitSet();
    for (int n = 1; n < tree.size(); n++) {
      byte kind = tree.kind(n);
      if (kind == comment) {
        n = tree.last(n) - 1;
      } else if (kind == string) {
        mark(code, source, tree.start(n), tree.end(n));
        n = tree.last(n) - 1;
      } else if (tree.firstChild(n) < 0 && tree.end(n) > tree.start(n) && isToken.test(n)) {
        mark(code, source, tree.start(n), tree.end(n));
      }
    }
    return code;
  }

  private static void mark(BitSet code, SourceText source, int start, int end) {
    code.set(source.lineOf(start), source.lineOf(Math.max(start, end - 1)) + 1);
  }
}
