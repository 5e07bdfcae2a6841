package dev.perfscope.lang.treesitter;

import dev.perfscope.lang.Cancellation;
import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Problem;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.treesitter.TSLanguage;
import org.treesitter.TSTree;

/**
 * Reads a file through tree-sitter into a {@link SyntaxTree} copy and closes the native tree at once (the
 * bindings free it only when a cleaner gets to it, and memory grows tenfold over a few thousand files without).
 */
public final class TreeReader {
  public static final String TOO_SLOW = "too slow to parse (under 250 kB/s): pathological text";

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

  /**
   * Parses {@code source} with {@code language} into the tree {@code newTree} makes for the text's offsets: in one
   * call to this project's library where the platform has it ({@link FlatTrees}), otherwise through the bindings.
   */
  public static <T extends SyntaxTree> Read<T> read(TSLanguage language, SourceText source, Function<Utf8Offsets, T> newTree) {
    if (FlatTrees.available()) {
      Read<T> read = readFlat(language, source, newTree);
      if (read != null) {
        return read;
      }
    }
    return readThroughBindings(language, source, newTree);
  }

  /** {@link #read} through this project's library; null when it could not read the tree. */
  static <T extends SyntaxTree> Read<T> readFlat(TSLanguage language, SourceText source, Function<Utf8Offsets, T> newTree) {
    Utf8Offsets offsets = Utf8Offsets.of(source.text());
    byte[] utf8 = source.text().getBytes(StandardCharsets.UTF_8);
    ParseWatch watch = new ParseWatch(utf8.length);
    int[] flat = FlatTrees.parse(language, utf8, watch);
    Cancellation.checkpoint();
    if (flat == null) {
      return watch.stopped()
          ? new Read<>(null, problemAt(source, offsets.charOffset(watch.reached()), TOO_SLOW))
          : null;
    }
    T tree = SyntaxTree.copy(flat, newTree.apply(offsets));
    int errorByte = flat[1];
    if (errorByte < 0) {
      return new Read<>(tree, null);
    }
    int missing = flat[2];
    String message = missing >= 0 ? "missing " + language.symbolName(missing) : ParseErrors.SYNTAX_ERROR;
    return new Read<>(tree, problemAt(source, offsets.charOffset(errorByte), message));
  }

  /** {@link #read} through the bindings' tree, node by node. */
  static <T extends SyntaxTree> Read<T> readThroughBindings(TSLanguage language, SourceText source,
      Function<Utf8Offsets, T> newTree) {
    Utf8Offsets offsets = Utf8Offsets.of(source.text());
    NativeParse.Result result = NativeParse.parse(Parsers.forThisThread(language), source.text());
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
