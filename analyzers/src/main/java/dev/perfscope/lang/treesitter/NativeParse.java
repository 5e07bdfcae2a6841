package dev.perfscope.lang.treesitter;

import dev.perfscope.lang.Cancellation;
import java.nio.charset.StandardCharsets;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSParser;
import org.treesitter.TSTree;

/**
 * One parse through the tree-sitter bindings, watched by a {@link ParseWatch}: the way trees are read on a platform
 * for which this project ships no library of its own ({@link FlatTrees}).
 */
final class NativeParse {
  private static final int CHUNK = 64 * 1024;

  /** A tree, or the byte offset the parser had reached when it was stopped for being too slow. */
  record Result(TSTree tree, int abandonedAtByte) {}

  private NativeParse() {}

  /** The tree of {@code text}; throws {@link Cancellation.Cancelled} when the file was given up on. */
  static Result parse(TSParser parser, String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] buffer = new byte[Math.min(CHUNK, Math.max(1, utf8.length))];
    ParseWatch watch = new ParseWatch(utf8.length);
    TSTree tree = parser.parseWithOptions(buffer, null, (buf, offset, point) -> {
      int n = Math.max(0, Math.min(buf.length, utf8.length - offset));
      System.arraycopy(utf8, offset, buf, 0, n);
      return n;
    }, TSInputEncoding.TSInputEncodingUTF8, state -> !watch.keepGoing(state.getCurrentByteOffset()));
    if (tree != null) {
      return new Result(tree, -1);
    }
    parser.reset(); // a stopped parse would otherwise be resumed by the next call
    Cancellation.checkpoint();
    return new Result(null, watch.reached());
  }
}
