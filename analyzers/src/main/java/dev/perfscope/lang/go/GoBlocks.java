package dev.perfscope.lang.go;

import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.treesitter.Paragraphs;
import dev.perfscope.lang.treesitter.RankedRun;
import dev.perfscope.model.Block;
import dev.perfscope.model.FunctionMetrics;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The candidate blocks for extraction in one Go function, by the rules the other languages follow: each
 * {@code if}, {@code for}, switch or {@code select} of its own code of at least three lines standing in a block or
 * a case, and each paragraph of its body (two or more statements between blank or comment lines), unless it
 * jumps out of itself (a {@code return}, a {@code goto}, a jump to a label, a {@code break} or {@code continue}
 * to a statement outside it) or is the whole body; the largest shares of cognitive complexity first. Only
 * functions of at least {@value #MIN_LINES} lines or cognitive complexity {@value #MIN_COGNITIVE} get any.
 */
final class GoBlocks {
  static final int MIN_LINES = 20;
  static final int MIN_COGNITIVE = 8;
  private static final int MIN_BLOCK_LINES = 3;
  private static final int MAX_BLOCKS = 12;

  private final GoTree tree;
  private final SourceText source;
  private final Paragraphs paragraphs;

  GoBlocks(GoTree tree, SourceText source) {
    this.tree = tree;
    this.source = source;
    this.paragraphs = new Paragraphs(tree, source, MIN_BLOCK_LINES, this::isStatement,
        node -> tree.kind(node) == Kind.COMMENT);
  }

  /** The blocks of {@code unit}, whose bare calls of {@code recursiveName} (may be null) are recursive. */
  List<Block> of(int unit, FunctionMetrics metrics, String recursiveName) {
    int body = tree.child(unit, tree.grammar.fieldBody);
    int list = body < 0 ? -1 : firstOf(body, Kind.STATEMENT_LIST);
    if (metrics.lines() < MIN_LINES && metrics.cognitive() < MIN_COGNITIVE || list < 0) {
      return List.of();
    }
    List<Integer> statements = paragraphs.statements(list);
    List<List<Integer>> runs = compounds(unit);
    runs.addAll(paragraphs.of(list));
    runs.removeIf(run -> leaves(run) || run.equals(statements));
    BitSet watched = RankedRun.statements(runs);
    Map<Integer, Integer> shares = CognitiveComplexity.shares(tree, source.text(), unit, recursiveName, watched);
    List<RankedRun> kept = RankedRun.best(runs, shares, paragraphs, MAX_BLOCKS);
    if (kept.isEmpty()) {
      return List.of();
    }
    GoLocals locals = new GoLocals(tree, source.text(), unit);
    return kept.stream().map(ranked -> ranked.block(metrics.name(), tree, paragraphs, locals)).toList();
  }

  /** The compound statements of the function's own code standing in a block or a case, however deep. */
  private List<List<Integer>> compounds(int unit) {
    List<List<Integer>> runs = new ArrayList<>();
    for (int n = unit + 1; n < tree.last(unit); n++) {
      byte kind = tree.kind(n);
      if (Kind.isCompound(kind) && tree.kind(tree.parent(n)) == Kind.STATEMENT_LIST
          && lines(List.of(n)) >= MIN_BLOCK_LINES) {
        runs.add(List.of(n));
      }
      if (kind == Kind.FUNC_LITERAL) {
        n = tree.last(n) - 1;
      }
    }
    return runs;
  }

  /** A statement of a block: not a comment, nor a terminator, nor a node the parser left empty. */
  private boolean isStatement(int node) {
    byte kind = tree.kind(node);
    return kind != Kind.COMMENT && kind != Kind.TERMINATOR && tree.end(node) > tree.start(node);
  }

  /** Whether a statement of the run returns, jumps to a label, or breaks or continues a statement outside it. */
  private boolean leaves(List<Integer> run) {
    int first = run.get(0);
    int end = tree.last(run.get(run.size() - 1));
    for (int n = first; n < end; n++) {
      byte kind = tree.kind(n);
      if (kind == Kind.FUNC_LITERAL) {
        n = tree.last(n) - 1;
      } else if (kind == Kind.RETURN || kind == Kind.GOTO) {
        return true;
      } else if ((kind == Kind.BREAK || kind == Kind.CONTINUE)
          && (tree.hasChild(n, Kind.LABEL) || target(n, kind == Kind.BREAK) < first)) {
        return true;
      }
    }
    return false;
  }

  /** The loop (or, for a {@code break}, the switch or select) a jump leaves; -1 for none. */
  private int target(int jump, boolean isBreak) {
    for (int n = tree.parent(jump); n >= 0 && !Kind.isUnit(tree.kind(n)); n = tree.parent(n)) {
      byte kind = tree.kind(n);
      if (kind == Kind.FOR || isBreak && Kind.isSwitch(kind)) {
        return n;
      }
    }
    return -1;
  }

  private int firstOf(int node, byte kind) {
    for (int c = tree.firstChild(node); c >= 0; c = tree.nextSibling(c)) {
      if (tree.kind(c) == kind) {
        return c;
      }
    }
    return -1;
  }

  private int lines(List<Integer> run) {
    return paragraphs.lines(run);
  }
}
