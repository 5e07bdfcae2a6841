package dev.perfscope.lang.treesitter;

import dev.perfscope.lang.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The statements of a block and its paragraphs: runs of two or more statements of at least a given number of lines,
 * not separated by a blank or comment line. Shared so that every tree-sitter language proposes the same paragraphs
 * for extraction; a language says only which children of a block are statements and which are comments.
 */
public final class Paragraphs {
  private final SyntaxTree tree;
  private final SourceText source;
  private final int minLines;
  private final IntPredicate isStatement;
  private final IntPredicate isComment;

  /** Paragraphs of {@code tree} of at least {@code minLines} lines; both predicates take a node. */
  public Paragraphs(SyntaxTree tree, SourceText source, int minLines, IntPredicate isStatement,
      IntPredicate isComment) {
    this.tree = tree;
    this.source = source;
    this.minLines = minLines;
    this.isStatement = isStatement;
    this.isComment = isComment;
  }

  /** The statements among {@code block}'s children, in order. */
  public List<Integer> statements(int block) {
    List<Integer> statements = new ArrayList<>();
    for (int c = tree.firstChild(block); c >= 0; c = tree.nextSibling(c)) {
      if (isStatement.test(c)) {
        statements.add(c);
      }
    }
    return statements;
  }

  /** The paragraphs of {@code block}, in order. */
  public List<List<Integer>> of(int block) {
    List<List<Integer>> paragraphs = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    for (int c = tree.firstChild(block); c >= 0; c = tree.nextSibling(c)) {
      boolean statement = isStatement.test(c);
      boolean gap = statement && !current.isEmpty()
          && line(tree.start(c)) > line(tree.end(current.get(current.size() - 1)) - 1) + 1;
      if (gap || isComment.test(c)) {
        keep(current, paragraphs);
        current = new ArrayList<>();
      }
      if (statement) {
        current.add(c);
      }
    }
    keep(current, paragraphs);
    return paragraphs;
  }

  private void keep(List<Integer> paragraph, List<List<Integer>> paragraphs) {
    if (paragraph.size() >= 2 && lines(paragraph) >= minLines) {
      paragraphs.add(List.copyOf(paragraph));
    }
  }

  /** The lines a run of siblings spans, from its first one's first line to its last one's last. */
  public int lines(List<Integer> run) {
    return line(tree.end(run.get(run.size() - 1)) - 1) - line(tree.start(run.get(0))) + 1;
  }

  /** The line of {@code offset}; the first for a negative one. */
  public int line(int offset) {
    return source.lineOf(Math.max(0, offset));
  }
}
