package dev.perfscope.lang.treesitter;

import dev.perfscope.model.Block;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A candidate run of statements for extraction with what ranks it: the sum of its statements' shares of cognitive
 * complexity, then its lines. Shared so that every tree-sitter language ranks its candidate blocks the same way.
 */
public record RankedRun(List<Integer> run, int cognitive, int lines) {
  /** The statements of all {@code runs}: those whose shares of cognitive complexity are wanted. */
  public static BitSet statements(List<List<Integer>> runs) {
    BitSet statements = new BitSet();
    runs.forEach(run -> run.forEach(statements::set));
    return statements;
  }

  /** The {@code max} best of {@code runs}, the largest share of cognitive complexity first, then the longest. */
  public static List<RankedRun> best(List<List<Integer>> runs, Map<Integer, Integer> shares, Paragraphs lines,
      int max) {
    return runs.stream()
        .map(run -> new RankedRun(run, run.stream().mapToInt(s -> shares.getOrDefault(s, 0)).sum(), lines.lines(run)))
        .sorted(Comparator.comparingInt(RankedRun::cognitive).reversed()
            .thenComparing(Comparator.comparingInt(RankedRun::lines).reversed()))
        .limit(max).toList();
  }

  /** The block the run makes in {@code function}, with the inputs and results {@code locals} finds in it. */
  public Block block(String function, SyntaxTree tree, Paragraphs lines, RunLocals locals) {
    int start = tree.start(run.get(0));
    int end = tree.end(run.get(run.size() - 1));
    return new Block(function, lines.line(start), lines.line(end - 1), cognitive, locals.reads(start, end),
        locals.writes(start, end));
  }
}
