package dev.perfscope.lang.go;

import dev.perfscope.lang.Cancellation;
import dev.perfscope.lang.Declaration;
import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.LineTally;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.SuppressionComments;
import dev.perfscope.lang.treesitter.TreeReader;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Problem;
import dev.perfscope.model.SourceMetrics;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Go ({@code .go}) through tree-sitter-go: the file is parsed, the tree copied into Java arrays ({@link GoTree})
 * and closed at once, and the metrics read the copy. A file with an {@code ERROR} or {@code MISSING} node gets that
 * as its parse error and its lines counted. Without a native library for the platform, lines are counted as plain
 * text.
 */
public final class GoAnalyzer implements LanguageAnalyzer {
  @Override
  public String name() {
    return "go";
  }

  @Override
  public List<String> extensions() {
    return List.of(".go");
  }

  /** Loads the native grammar and this thread's parser by measuring an empty file. */
  @Override
  public void load() {
    analyze(new SourceText(""));
  }

  @Override
  public SourceMetrics analyze(SourceText source) {
    Optional<GoGrammar> grammar = GoGrammar.get();
    if (grammar.isEmpty()) {
      return SourceMetrics.linesOnly(LineTally.countPlain(source), null);
    }
    try {
      return measure(source, grammar.get());
    } catch (StackOverflowError e) {
      return SourceMetrics.linesOnly(LineTally.countPlain(source), new Problem(1, 1, "nested too deeply to analyze"));
    }
  }

  private static SourceMetrics measure(SourceText source, GoGrammar grammar) {
    TreeReader.Read<GoTree> read = TreeReader.read(grammar.parser(), source, o -> new GoTree(grammar, o));
    if (read.stopped()) {
      return SourceMetrics.linesOnly(LineTally.countPlain(source), read.error());
    }
    GoTree tree = read.tree();
    BitSet codeLines = CodeLines.of(tree, source);
    if (read.error() != null) {
      return SourceMetrics.linesOnly(LineTally.count(source, codeLines), read.error());
    }
    String text = source.text();
    Units units = Units.of(tree, text);
    Set<String> fileNames = RecursiveCalls.fileNames(tree, text);
    List<FunctionMetrics> functions = new ArrayList<>(units.units.size());
    List<Declaration> declarations = new ArrayList<>(units.units.size());
    for (Units.Unit unit : units.units) {
      Cancellation.checkpoint();
      int node = unit.node();
      int line = source.lineOf(tree.start(node));
      int endLine = Math.max(line, source.lineOf(Math.max(tree.start(node), tree.end(node) - 1)));
      functions.add(new FunctionMetrics(unit.name(), line, endLine, endLine - line + 1,
          Statements.of(tree, node), Parameters.of(tree, node), CyclomaticComplexity.of(tree, node),
          CognitiveComplexity.of(tree, text, node, RecursiveCalls.name(tree, text, node, unit.ownName(), fileNames)), NestingDepth.of(tree, node)));
      int bodyLine = source.lineOf(tree.start(tree.child(node, grammar.fieldBody)));
      declarations.add(new Declaration(line, Math.max(line, bodyLine), endLine));
    }
    return new SourceMetrics(LineTally.count(source, codeLines), units.types, functions, null,
        SuppressionComments.find(source, codeLines, declarations));
  }
}
