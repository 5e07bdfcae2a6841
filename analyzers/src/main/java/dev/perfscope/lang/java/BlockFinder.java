package dev.perfscope.lang.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithBlockStmt;
import com.github.javaparser.ast.nodeTypes.NodeWithOptionalBlockStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.perfscope.model.Block;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The candidate blocks for extraction in one unit: each compound statement ({@code if}, loop, {@code switch},
 * {@code try}, {@code synchronized}) of at least three lines, and each paragraph of the body (a run of two or
 * more top-level statements between blank or comment lines) that does not jump out of itself ({@link Exits}),
 * the largest shares of cognitive complexity first.
 * Only units of at least {@value #MIN_LINES} lines or cognitive complexity {@value #MIN_COGNITIVE} get any.
 */
final class BlockFinder {
  static final int MIN_LINES = 20;
  static final int MIN_COGNITIVE = 8;
  private static final int MIN_BLOCK_LINES = 3;
  private static final int MAX_BLOCKS = 12;

  private BlockFinder() {}

  static List<Block> of(String function, Node unit, int lines, int cognitive) {
    Optional<BlockStmt> body = body(unit);
    if (body.isEmpty() || lines < MIN_LINES && cognitive < MIN_COGNITIVE) {
      return List.of();
    }
    List<List<Statement>> runs = new ArrayList<>();
    Preorder.walk(body.get(), Statement.class, s -> {
      if (compound(s) && ownCode(s, unit) && lines(List.of(s)) >= MIN_BLOCK_LINES) {
        runs.add(List.of(s));
      }
    });
    runs.addAll(paragraphs(body.get().getStatements()));
    runs.removeIf(run -> Exits.leave(run) || run.size() == body.get().getStatements().size()
        && run.get(0) == body.get().getStatements().get(0));
    if (runs.isEmpty()) {
      return List.of();
    }
    Map<Node, Integer> shares = Cognitive.shares(unit, runs.stream().flatMap(List::stream).toList());
    Locals locals = new Locals(unit);
    // rank first: only the blocks kept need their reads and writes, the costly part
    return runs.stream()
        .map(run -> new Ranked(run, run.stream().mapToInt(s -> shares.getOrDefault(s, 0)).sum(), lines(run)))
        .sorted(Comparator.comparingInt(Ranked::cognitive).reversed()
            .thenComparing(Comparator.comparingInt(Ranked::lines).reversed()))
        .limit(MAX_BLOCKS)
        .map(ranked -> new Block(function, ranked.run().get(0).getBegin().orElseThrow().line,
            last(ranked.run()), ranked.cognitive(), locals.reads(ranked.run()), locals.writes(ranked.run())))
        .toList();
  }

  /** A candidate run with what ranks it. */
  private record Ranked(List<Statement> run, int cognitive, int lines) {}

  private static Optional<BlockStmt> body(Node unit) {
    if (unit instanceof NodeWithOptionalBlockStmt<?> optional) {
      return optional.getBody();
    }
    return unit instanceof NodeWithBlockStmt<?> block ? Optional.of(block.getBody()) : Optional.empty();
  }

  private static boolean compound(Statement s) {
    boolean elseIf = s instanceof IfStmt && s.getParentNode().orElse(null) instanceof IfStmt;
    return !elseIf && (s instanceof IfStmt || s instanceof ForStmt || s instanceof ForEachStmt
        || s instanceof WhileStmt || s instanceof DoStmt || s instanceof SwitchStmt || s instanceof TryStmt
        || s instanceof SynchronizedStmt);
  }

  /** Whether a statement belongs to the unit itself rather than to a class declared inside it. */
  private static boolean ownCode(Node s, Node unit) {
    for (Node n = s.getParentNode().orElse(null); n != null && n != unit; n = n.getParentNode().orElse(null)) {
      if (n instanceof BodyDeclaration<?>) {
        return false;
      }
    }
    return true;
  }

  /** Runs of two or more statements not separated by a blank or comment line. */
  private static List<List<Statement>> paragraphs(List<Statement> statements) {
    List<List<Statement>> paragraphs = new ArrayList<>();
    List<Statement> current = new ArrayList<>();
    for (Statement s : statements) {
      if (!current.isEmpty() && s.getBegin().orElseThrow().line > last(current) + 1) {
        keep(current, paragraphs);
        current = new ArrayList<>();
      }
      current.add(s);
    }
    keep(current, paragraphs);
    return paragraphs;
  }

  private static void keep(List<Statement> paragraph, List<List<Statement>> paragraphs) {
    if (paragraph.size() >= 2 && lines(paragraph) >= MIN_BLOCK_LINES) {
      paragraphs.add(List.copyOf(paragraph));
    }
  }

  private static int last(List<Statement> run) {
    return run.get(run.size() - 1).getEnd().orElseThrow().line;
  }

  private static int lines(List<Statement> run) {
    return last(run) - run.get(0).getBegin().orElseThrow().line + 1;
  }

}
