package dev.perfscope.advice;

import dev.perfscope.model.Block;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Plan;
import dev.perfscope.model.Recommendation;
import dev.perfscope.model.UnitNotes;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * {@code extract-function}: for a function with a lines, cognitive, cyclomatic or nesting finding, the blocks
 * to extract, greedily: the block contributing most cognitive complexity (then the longest) that does not
 * overlap one already chosen, needs at most {@value #MAX_READS} parameters and returns at most one result,
 * until the rest is within the thresholds (its lines counted without its docstring, which stays whatever is
 * extracted) or {@value #MAX_BLOCKS} blocks are chosen. When the rest stays over a critical level, the rationale
 * says so and gives the next step.
 */
final class ExtractionAdvisor {
  static final int MAX_BLOCKS = 3;
  static final int MAX_READS = 5;
  /** The arms from which one dispatch is the function's shape, when it holds a third of its paths. */
  static final int DISPATCH_ARMS = 10;

  private final Priorities priorities;
  private final Thresholds thresholds;

  ExtractionAdvisor(Priorities priorities, Thresholds thresholds) {
    this.priorities = priorities;
    this.thresholds = thresholds;
  }

  Optional<Recommendation> extract(FileMetrics file, FunctionMetrics function, List<Finding> fixed) {
    int lineLimit = thresholds.limit(Rule.FUNCTION_LINES, file.path()).warning();
    int cognitiveLimit = thresholds.limit(Rule.COGNITIVE, file.path()).warning();
    List<Block> chosen = new ArrayList<>();
    int lines = function.lines();
    int cognitive = function.cognitive();
    UnitNotes notes = file.structure().notesAt(function.line());
    int doc = notes.docLines(); // no block takes documentation with it
    for (Block block : file.structure().blocks()) {
      if (chosen.size() == MAX_BLOCKS || lines - doc <= lineLimit && cognitive <= cognitiveLimit) {
        break;
      }
      if (fits(block, function, chosen)) {
        chosen.add(block);
        lines -= block.lines() - 1;
        cognitive -= block.cognitive();
      }
    }
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    String rationale = String.format(Locale.ROOT, "%s. The blocks below carry %,d of its cognitive "
            + "complexity and %,d of its lines, and each needs few inputs and returns at most one result.",
        fixed.stream().map(Finding::message).distinct().reduce((a, b) -> a + "; " + b).orElse(""),
        function.cognitive() - cognitive, function.lines() - lines)
        + stillOver(file, function, notes, lines, cognitive);
    return Optional.of(new Recommendation(priorities.of(file.path(), fixed), file.path(), "extract-function",
        "Extract " + chosen.size() + (chosen.size() == 1 ? " block" : " blocks") + " from " + function.name()
            + " (line " + function.line() + ")",
        rationale, Plan.extraction(chosen),
        String.format(Locale.ROOT, "%s about %,d lines and cognitive %,d instead of %,d and %,d", function.name(), lines,
            cognitive, function.lines(), function.cognitive()), 0, 0, null)
        .withImpact(priorities.impactOfReducing(file, fixed, left(function, lines, cognitive), function.lines())));
  }

  /**
   * What the function's findings come to once the blocks are out: its lines and cognitive complexity as
   * counted, its cyclomatic complexity in proportion to the cognitive complexity removed (the decisions
   * leave with the blocks that hold them), its nesting and parameters as they are (no block tells).
   */
  private static ToDoubleFunction<Finding> left(FunctionMetrics function, int lines, int cognitive) {
    double share = function.cognitive() == 0 ? 1 : (double) cognitive / function.cognitive();
    return finding -> switch (Rule.fromId(finding.rule(), "rule")) {
      case FUNCTION_LINES -> lines;
      case COGNITIVE -> cognitive;
      case CYCLOMATIC -> finding.value() * share;
      default -> finding.value();
    };
  }

  /**
   * What to do when the blocks leave the function over a critical level: another round of extraction on the rest,
   * and for a function whose logic no few blocks carry, turning it into a class whose methods are its steps; where
   * its docstring alone keeps it over, that no extraction will, and what will.
   */
  private String stillOver(FileMetrics file, FunctionMetrics function, UnitNotes notes, int lines, int cognitive) {
    int doc = notes.docLines();
    int lineCritical = thresholds.limit(Rule.FUNCTION_LINES, file.path()).critical();
    int cognitiveCritical = thresholds.limit(Rule.COGNITIVE, file.path()).critical();
    if (lines <= lineCritical && cognitive <= cognitiveCritical) {
      return "";
    }
    if (lines - doc <= lineCritical && cognitive <= cognitiveCritical) {
      return String.format(Locale.ROOT, " The rest, about %,d lines, stays over the critical level (%,d lines) by its "
          + "docstring alone (%,d lines), which no extraction shortens: keep it and suppress the length finding with "
          + "that reason (perf: ignore[function-lines]), or move the reference part to the project's documentation.",
          lines, lineCritical, doc);
    }
    return String.format(Locale.ROOT, " These blocks are not enough: the rest, about %d lines%s and cognitive %d, "
        + "stays over the critical level (%d lines, cognitive %d). Next step: %s", lines,
        doc > 0 ? String.format(Locale.ROOT, " (%,d of them its docstring)", doc) : "", cognitive, lineCritical,
        cognitiveCritical, nextStep(function, notes));
  }

  /**
   * What to do after the blocks: for a function whose paths are mostly the arms of one dispatch (a {@code switch}
   * of {@value #DISPATCH_ARMS} cases or more, or as long an {@code if / elif} chain, holding a third of its
   * cyclomatic complexity or more, the rest being mostly the conditions inside the arms: jsoup's HTML tree builder,
   * 56 tag names of 119 paths; a parser's state machine, a command table), a function per arm chosen through a lookup;
   * else another round of extraction, or a class whose methods are the function's steps.
   */
  private static String nextStep(FunctionMetrics function, UnitNotes notes) {
    if (notes.dispatchArms() >= DISPATCH_ARMS && 3 * notes.dispatchArms() >= function.cyclomatic()) {
      return String.format(Locale.ROOT, "%d of its %d paths are the arms of one dispatch (line %d): give each arm "
          + "a function of its own and choose it through a map from the value dispatched on (or by polymorphism), "
          + "so that the dispatch becomes one lookup.", notes.dispatchArms(), function.cyclomatic(),
          notes.dispatchLine());
    }
    return "extract again from the rest once these are out, or turn the function into a class whose methods are its "
        + "steps and whose fields are the variables they share.";
  }

  private static boolean fits(Block block, FunctionMetrics function, List<Block> chosen) {
    return block.function().equals(function.name())
        && block.startLine() >= function.line() && block.endLine() <= function.endLine()
        && block.reads().size() <= MAX_READS && block.writes().size() <= 1
        && block.lines() * 10 <= function.lines() * 8
        && chosen.stream().noneMatch(c -> c.startLine() <= block.endLine() && block.startLine() <= c.endLine());
  }
}
