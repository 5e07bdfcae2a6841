package dev.perfscope.lang.treesitter;

import dev.perfscope.lang.Cancellation;
import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Problem;
import java.util.function.Function;
import org.treesitter.TSParser;
import org.treesitter.TSTree;

/**
 * Reads a file through tree-sitter into a {@link SyntaxTree} copy and closes the native tree at once (the
 * bindings free it only when a cleaner gets to it, and memory grows tenfold over a few thousand files without).
 */
public final class TreeReader {
  public static final String TOO_SLOW = "too slow to parse (under 100 kB/s): pathological text";

  private TreeReader() {}

  /**
   * A read file: its tree and its first parse error (null when it has none); or, with no tree, the place where a
   * parse too slow to finish was stopped.
   */
  public record Read<T extends SyntaxTree>(T tree, Problem error) {
    public boolean stopped() {
      return tree == null;
    }
  }

  /** Parses {@code source} with {@code parser} into the tree {@code newTree} makes for the text's offsets. */
  public static <T extends SyntaxTree> Read<T> read(TSParser parser, SourceText source, Function<Utf8Offsets, T> newTree) {
    Utf8Offsets offsets = Utf8Offsets.of(source.text());
    NativeParse.Result result = NativeParse.parse(parser, source.text());
    if (result.tree() == null) {
      return new Read<>(null, problemAt(source, offsets.charOffset(result.abandonedAtByte()), TOO_SLOW));
    }
    TSTree parsed = result.tree();
    try {
      Cancellation.checkpoint();
      T tree = SyntaxTree.copy(parsed, newTree.apply(offsets));
      return new Read<>(tree, ParseErrors.first(parsed.getRootNode(), source, offsets));
    } finally {
      parsed.close();
    }
  }

  /** A problem at character {@code offset} of {@code source}, with its line and column. */
  static Problem problemAt(SourceText source, int offset, String message) {
    if (source.lineCount() == 0) {
      return new Problem(1, 1, message);
    }
    int at = Math.min(offset, source.text().length());
    int line = source.lineOf(at);
    return new Problem(line, Math.max(1, at - source.lineStart(line) + 1), message);
  }
}
