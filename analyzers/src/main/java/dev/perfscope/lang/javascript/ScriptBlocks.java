package dev.perfscope.lang.javascript;

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
 * The candidate blocks for extraction in one function, by the rules Java's and Python's follow: each compound
 * statement ({@code if}, loop, {@code switch}, {@code try}) of its own code of at least three lines, each function
 * it declares of as many (a closure moved out takes what it reads of the function as parameters), and each
 * paragraph of its body (two or more statements between blank or comment lines) that does not jump out of itself
 * (a {@code return}, a {@code yield}, a {@code break} or {@code continue} to a loop outside it), nor is the whole
 * body; the largest shares of cognitive complexity first. Only functions of at least {@value #MIN_LINES} lines or
 * cognitive complexity {@value #MIN_COGNITIVE} with a body of statements get any.
 */
final class ScriptBlocks {
  static final int MIN_LINES = 20;
  static final int MIN_COGNITIVE = 8;
  private static final int MIN_BLOCK_LINES = 3;
  private static final int MAX_BLOCKS = 12;

  private final ScriptTree tree;
  private final SourceText source;
  private final Paragraphs paragraphs;

  ScriptBlocks(ScriptTree tree, SourceText source) {
    this.tree = tree;
    this.source = source;
    this.paragraphs = new Paragraphs(tree, source, MIN_BLOCK_LINES, node -> isStatement(tree.kind(node)),
        node -> tree.kind(node) == Kind.COMMENT);
  }

  List<Block> of(int unit, FunctionMetrics metrics) {
    int body = tree.child(unit, tree.grammar.fieldBody);
    if (metrics.lines() < MIN_LINES && metrics.cognitive() < MIN_COGNITIVE || body < 0
        || tree.kind(body) != Kind.STATEMENT_BLOCK) {
      return List.of();
    }
    List<Integer> statements = paragraphs.statements(body);
    List<List<Integer>> runs = compounds(unit);
    runs.addAll(paragraphs.of(body));
    runs.removeIf(run -> leaves(run) || run.equals(statements));
    BitSet watched = RankedRun.statements(runs);
    Map<Integer, Integer> shares = CognitiveComplexity.shares(tree, unit, watched);
    List<RankedRun> kept = RankedRun.best(runs, shares, paragraphs, MAX_BLOCKS);
    if (kept.isEmpty()) {
      return List.of();
    }
    BlockLocals locals = new BlockLocals(tree, source.text(), unit);
    return kept.stream().map(ranked -> {
      int start = tree.start(ranked.run().get(0));
      int end = tree.end(ranked.run().get(ranked.run().size() - 1));
      List<String> writes = new ArrayList<>(locals.writes(start, end));
      writes.remove(ownName(ranked.run())); // a function moved out is no result of its own
      return new Block(metrics.name(), line(start), line(end - 1), ranked.cognitive(), locals.reads(start, end),
          writes);
    }).toList();
  }

  /** The name of a run that is one function declaration, else null. */
  private String ownName(List<Integer> run) {
    int name = run.size() == 1 && tree.kind(run.get(0)) == Kind.FUNCTION_DECLARATION
        ? tree.child(run.get(0), tree.grammar.fieldName) : -1;
    return name < 0 ? null : tree.text(source.text(), name);
  }

  /** The compound statements of the function's own code standing in a block or a switch case, however deep. */
  private List<List<Integer>> compounds(int unit) {
    List<List<Integer>> runs = new ArrayList<>();
    for (int n = unit + 1; n < tree.last(unit); n++) {
      byte kind = tree.kind(n);
      if ((Kind.isCompound(kind) || kind == Kind.FUNCTION_DECLARATION) && inBlock(n)
          && lines(List.of(n)) >= MIN_BLOCK_LINES) {
        runs.add(List.of(n));
      }
      if (Kind.isFunction(kind) || kind == Kind.CLASS) {
        n = tree.last(n) - 1;
      }
    }
    return runs;
  }

  private boolean inBlock(int statement) {
    byte parent = tree.kind(tree.parent(statement));
    return parent == Kind.STATEMENT_BLOCK || parent == Kind.CASE || parent == Kind.DEFAULT_CASE;
  }

  /** A statement of a block: not a comment nor a brace. */
  private static boolean isStatement(byte kind) {
    return kind != Kind.COMMENT && kind != Kind.BRACE_OPEN && kind != Kind.BRACE_CLOSE;
  }

  /** Whether a statement of the run returns, yields, or breaks or continues to a loop outside the run. */
  private boolean leaves(List<Integer> run) {
    int first = run.get(0);
    int end = tree.last(run.get(run.size() - 1));
    for (int n = first; n < end; n++) {
      byte kind = tree.kind(n);
      if (Kind.isFunction(kind) || kind == Kind.CLASS) {
        n = tree.last(n) - 1;
      } else if (jumpsBefore(n, kind, first)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code node} returns, yields, or jumps to a loop or switch before node {@code first}. */
  private boolean jumpsBefore(int node, byte kind, int first) {
    if (kind == Kind.RETURN || kind == Kind.YIELD) {
      return true;
    }
    if (kind != Kind.BREAK && kind != Kind.CONTINUE) {
      return false;
    }
    return tree.child(node, tree.grammar.fieldLabel) >= 0 || target(node, kind == Kind.BREAK) < first;
  }

  /** The loop (or, for a {@code break}, the switch) a jump leaves; -1 for none. */
  private int target(int jump, boolean isBreak) {
    for (int n = tree.parent(jump); n >= 0; n = tree.parent(n)) {
      byte kind = tree.kind(n);
      if (kind == Kind.FOR || kind == Kind.FOR_IN || kind == Kind.WHILE || kind == Kind.DO
          || isBreak && kind == Kind.SWITCH) {
        return n;
      }
    }
    return -1;
  }

  private int lines(List<Integer> run) {
    return paragraphs.lines(run);
  }

  private int line(int offset) {
    return paragraphs.line(offset);
  }
}
