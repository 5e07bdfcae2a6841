package dev.perfscope.lang.kotlin;

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
 * The candidate blocks for extraction in one Kotlin function, by the rules the other languages follow: each
 * {@code if}, {@code when}, loop or {@code try} of at least three lines standing as a statement of the function's
 * code (in its lambdas too, not in its local functions or object expressions), and each paragraph of its body (two
 * or more statements between blank or comment lines), unless it jumps out of itself or is the whole body; the
 * largest shares of cognitive complexity first. A jump out is a {@code return} (from inside an inline lambda too:
 * Kotlin returns from the function), a labelled {@code return@label} from a lambda outside the run, or a
 * {@code break} or {@code continue} to a loop outside it (a labelled one always counts). Only functions of at least
 * {@value #MIN_LINES} lines or cognitive complexity {@value #MIN_COGNITIVE} get any.
 */
final class KotlinBlocks {
  static final int MIN_LINES = 20;
  static final int MIN_COGNITIVE = 8;
  private static final int MIN_BLOCK_LINES = 3;
  private static final int MAX_BLOCKS = 12;

  private final KotlinTree tree;
  private final SourceText source;
  private final Paragraphs paragraphs;

  KotlinBlocks(KotlinTree tree, SourceText source) {
    this.tree = tree;
    this.source = source;
    this.paragraphs = new Paragraphs(tree, source, MIN_BLOCK_LINES, this::isStatement,
        node -> tree.kind(node) == Kind.COMMENT);
  }

  List<Block> of(int unit, FunctionMetrics metrics) {
    int body = tree.childOf(unit, Kind.FUNCTION_BODY);
    int list = body < 0 ? -1 : tree.childOf(body, Kind.STATEMENTS);
    if (metrics.lines() < MIN_LINES && metrics.cognitive() < MIN_COGNITIVE || list < 0) {
      return List.of();
    }
    List<Integer> statements = paragraphs.statements(list);
    List<List<Integer>> runs = compounds(unit);
    runs.addAll(paragraphs.of(list));
    runs.removeIf(run -> leaves(run) || run.equals(statements));
    BitSet watched = RankedRun.statements(runs);
    Map<Integer, Integer> shares = CognitiveComplexity.shares(tree, source.text(), unit, watched);
    List<RankedRun> kept = RankedRun.best(runs, shares, paragraphs, MAX_BLOCKS);
    if (kept.isEmpty()) {
      return List.of();
    }
    KotlinLocals locals = new KotlinLocals(tree, source.text(), unit);
    return kept.stream().map(ranked -> ranked.block(metrics.name(), tree, paragraphs, locals)).toList();
  }

  /** The compound statements of the function's own code, however deep, lambdas' included. */
  private List<List<Integer>> compounds(int unit) {
    List<List<Integer>> runs = new ArrayList<>();
    for (int n = unit + 1; n < tree.last(unit); n++) {
      byte kind = tree.kind(n);
      if (Kind.isCompound(kind) && tree.kind(tree.parent(n)) == Kind.STATEMENTS
          && lines(List.of(n)) >= MIN_BLOCK_LINES) {
        runs.add(List.of(n));
      }
      if (Kind.isFunction(kind) || kind == Kind.OBJECT_LITERAL) {
        n = tree.last(n) - 1;
      }
    }
    return runs;
  }

  /** A statement: not a comment, nor the label standing before a loop ({@code outer@ for ...}). */
  private boolean isStatement(int node) {
    byte kind = tree.kind(node);
    return kind != Kind.COMMENT && kind != Kind.LABEL && tree.end(node) > tree.start(node);
  }

  /** Whether a statement of the run returns, or breaks or continues a loop outside it. */
  private boolean leaves(List<Integer> run) {
    int first = run.get(0);
    int end = tree.last(run.get(run.size() - 1));
    for (int n = first; n < end; n++) {
      byte kind = tree.kind(n);
      if (Kind.isFunction(kind) || kind == Kind.OBJECT_LITERAL) {
        n = tree.last(n) - 1; // returns of its own
      } else if (kind == Kind.JUMP && jumpsOut(n, first)) {
        return true;
      }
    }
    return false;
  }

  private boolean jumpsOut(int jump, int first) {
    boolean labelled = tree.has(jump, Kind.LABEL);
    if (tree.has(jump, Kind.RETURN_TOKEN)) {
      return !labelled || tree.ancestor(jump, Kind.LAMBDA) < first;
    }
    if (tree.has(jump, Kind.BREAK_TOKEN) || tree.has(jump, Kind.CONTINUE_TOKEN)) {
      return labelled || loop(jump) < first;
    }
    return false; // throw
  }

  /** The loop a {@code break} or {@code continue} leaves; -1 for none. */
  private int loop(int jump) {
    for (int n = tree.parent(jump); n >= 0 && !Kind.isFunction(tree.kind(n)); n = tree.parent(n)) {
      if (Kind.isLoop(tree.kind(n))) {
        return n;
      }
    }
    return -1;
  }

  private int lines(List<Integer> run) {
    return paragraphs.lines(run);
  }
}
