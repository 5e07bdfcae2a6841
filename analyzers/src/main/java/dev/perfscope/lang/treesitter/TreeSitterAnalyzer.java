package dev.perfscope.lang.treesitter;

import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.LineTally;
import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Problem;
import dev.perfscope.model.SourceMetrics;
import java.util.BitSet;
import java.util.Optional;
import org.treesitter.TSLanguage;

/**
 * A language read with one tree-sitter grammar. The steps around the language's own measuring are the same for
 * every such language: lines only where the platform has no native library; the tree read and closed
 * ({@link TreeReader}); a parse stopped for slowness gives plain line counts, a tree with an error its code lines
 * and the error; a tree too deep for the walkers a parse error, never a crash.
 */
public abstract class TreeSitterAnalyzer<T extends SyntaxTree> implements LanguageAnalyzer {
  /** The grammar, or empty when the platform has no native library for it. */
  protected abstract Optional<TSLanguage> language();

  /** An empty tree for a text with these offsets, for {@link SyntaxTree#copy} to fill. */
  protected abstract T newTree(Utf8Offsets offsets);

  /** The lines of {@code source} holding code, by cloc's rules. */
  protected abstract BitSet codeLines(T tree, SourceText source);

  /** The metrics of a file read without error, its code lines already marked. */
  protected abstract SourceMetrics measure(T tree, SourceText source, BitSet codeLines);

  /** Loads the native grammar and this thread's parser by measuring an empty file. */
  @Override
  public void load() {
    analyze(new SourceText(""));
  }

  @Override
  public SourceMetrics analyze(SourceText source) {
    Optional<TSLanguage> language = language();
    if (language.isEmpty()) {
      return SourceMetrics.linesOnly(LineTally.countPlain(source), null);
    }
    try {
      TreeReader.Read<T> read = TreeReader.read(language.get(), source, this::newTree);
      if (read.stopped()) {
        return SourceMetrics.linesOnly(LineTally.countPlain(source), read.error());
      }
      BitSet code = codeLines(read.tree(), source);
      if (read.error() != null) {
        return SourceMetrics.linesOnly(LineTally.count(source, code), read.error());
      }
      return measure(read.tree(), source, code);
    } catch (StackOverflowError e) {
      return SourceMetrics.linesOnly(LineTally.countPlain(source), new Problem(1, 1, "nested too deeply to analyze"));
    }
  }
}
