package dev.perfscope.lang.go;

import dev.perfscope.lang.Cancellation;
import dev.perfscope.lang.Declaration;
import dev.perfscope.lang.LineTally;
import dev.perfscope.lang.ModuleFile;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.SuppressionComments;
import dev.perfscope.lang.treesitter.CodeLines;
import dev.perfscope.lang.treesitter.TreeSitterAnalyzer;
import dev.perfscope.lang.treesitter.Utf8Offsets;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.SourceMetrics;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSLanguage;

/**
 * Go ({@code .go}) through tree-sitter-go: the file is parsed, the tree copied into Java arrays ({@link GoTree})
 * and closed at once, and the metrics read the copy. A file with an {@code ERROR} or {@code MISSING} node gets that
 * as its parse error and its lines counted. Without a native library for the platform, lines are counted as plain
 * text.
 */
public final class GoAnalyzer extends TreeSitterAnalyzer<GoTree> {
  @Override
  public String name() {
    return "go";
  }

  @Override
  public List<String> extensions() {
    return List.of(".go");
  }

  @Override
  public Optional<ModuleFile> module(String path) {
    return path.endsWith(".go") ? Optional.of(GoFile.at(path)) : Optional.empty();
  }

  @Override
  protected Optional<TSLanguage> language() {
    return GoGrammar.get().map(grammar -> grammar.language);
  }

  @Override
  protected GoTree newTree(Utf8Offsets offsets) {
    return new GoTree(GoGrammar.get().orElseThrow(), offsets);
  }

  @Override
  protected BitSet codeLines(GoTree tree, SourceText source) {
    // the semicolon Go's grammar reads from a line's end is no token of that line's
    return CodeLines.of(tree, source, Kind.COMMENT, Kind.STRING, node -> {
      char c = source.text().charAt(tree.start(node));
      return c != '\n' && c != '\r';
    });
  }

  @Override
  protected SourceMetrics measure(GoTree tree, SourceText source, BitSet codeLines) {
    String text = source.text();
    Units units = Units.of(tree, text);
    Set<String> fileNames = RecursiveCalls.fileNames(tree, text);
    List<FunctionMetrics> functions = new ArrayList<>(units.units.size());
    List<Declaration> declarations = new ArrayList<>(units.units.size());
    List<String> recursiveNames = new ArrayList<>(units.units.size());
    for (Units.Unit unit : units.units) {
      Cancellation.checkpoint();
      int node = unit.node();
      String recursiveName = RecursiveCalls.name(tree, text, node, unit.ownName(), fileNames);
      recursiveNames.add(recursiveName);
      int line = source.lineOf(tree.start(node));
      int endLine = Math.max(line, source.lineOf(Math.max(tree.start(node), tree.end(node) - 1)));
      functions.add(new FunctionMetrics(unit.name(), line, endLine, endLine - line + 1,
          Statements.of(tree, node), Parameters.of(tree, node), CyclomaticComplexity.of(tree, node),
          CognitiveComplexity.of(tree, text, node, recursiveName), NestingDepth.of(tree, node)));
      int bodyLine = source.lineOf(tree.start(tree.child(node, tree.grammar.fieldBody)));
      declarations.add(new Declaration(line, Math.max(line, bodyLine), endLine));
    }
    return new SourceMetrics(LineTally.count(source, codeLines), units.types, functions, null,
        SuppressionComments.find(source, codeLines, declarations),
        GoStructure.of(tree, source, units, functions, recursiveNames));
  }
}
