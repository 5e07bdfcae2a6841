package dev.perfscope.lang.javascript;

import dev.perfscope.lang.Cancellation;
import dev.perfscope.lang.Declaration;
import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.LineTally;
import dev.perfscope.lang.ModuleFile;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.SuppressionComments;
import dev.perfscope.lang.treesitter.CodeLines;
import dev.perfscope.lang.treesitter.TreeReader;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Problem;
import dev.perfscope.model.SourceMetrics;
import dev.perfscope.model.UnitNotes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JavaScript and TypeScript through tree-sitter: the file is parsed by its dialect's grammar, the tree copied
 * into Java arrays ({@link ScriptTree}) and closed at once, and the metrics read the copy. A file with an
 * {@code ERROR} or {@code MISSING} node gets that as its parse error and its lines counted. Without a native
 * library for the platform, lines are counted as plain text ({@link Grammars}).
 */
abstract class ScriptAnalyzer implements LanguageAnalyzer {
  /**
   * The dialects to try, in order: the first that reads the file without error measures it; when none does, the
   * first one's error is reported. {@link #analyze} is not told the file's name, so TypeScript cannot tell
   * {@code .tsx} from {@code .ts} and tries both.
   */
  abstract List<Dialect> dialects();

  @Override
  public Optional<ModuleFile> module(String path) {
    return extensions().stream().anyMatch(path::endsWith) ? ScriptModule.at(path) : Optional.empty();
  }

  /** Loads the native grammars and this thread's parser by measuring an empty file. */
  @Override
  public void load() {
    analyze(new SourceText(""));
  }

  @Override
  public SourceMetrics analyze(SourceText source) {
    try {
      SourceMetrics first = null;
      for (Dialect dialect : dialects()) {
        Optional<Grammar> grammar = Grammars.of(dialect);
        if (grammar.isEmpty()) {
          return SourceMetrics.linesOnly(LineTally.countPlain(source), null);
        }
        SourceMetrics metrics = measure(source, grammar.get());
        if (metrics.parseError() == null || metrics.parseError().message().equals(TreeReader.TOO_SLOW)) {
          return metrics; // text one grammar is too slow on is not tried with the next
        }
        first = first == null ? metrics : first;
      }
      return first;
    } catch (StackOverflowError e) {
      return SourceMetrics.linesOnly(LineTally.countPlain(source), new Problem(1, 1, "nested too deeply to analyze"));
    }
  }

  private static SourceMetrics measure(SourceText source, Grammar grammar) {
    TreeReader.Read<ScriptTree> read = TreeReader.read(grammar.language, source, o -> new ScriptTree(grammar, o));
    if (read.stopped()) {
      return SourceMetrics.linesOnly(LineTally.countPlain(source), read.error());
    }
    ScriptTree tree = read.tree();
    Problem error = read.error();
    BitSet codeLines = CodeLines.of(tree, source, Kind.COMMENT, Kind.STRING, node -> true);
    if (error != null) {
      return SourceMetrics.linesOnly(LineTally.count(source, codeLines), error);
    }
    String text = source.text();
    Units units = Units.of(tree, text);
    List<FunctionMetrics> functions = new ArrayList<>(units.units.size());
    Map<Integer, UnitNotes> notes = new HashMap<>();
    for (Units.Unit unit : units.units) {
      Cancellation.checkpoint();
      int node = unit.node();
      int line = line(source, tree, nameOrStart(tree, node));
      Dispatch dispatch = Dispatch.widest(tree, node);
      if (dispatch.arms() > 0) {
        notes.put(line, new UnitNotes(0, 0, line(source, tree, dispatch.node()), dispatch.arms()));
      }
      int endLine = Math.max(line, source.lineOf(Math.max(tree.start(node), tree.end(node) - 1)));
      functions.add(new FunctionMetrics(unit.name(), line, endLine, endLine - line + 1,
          Statements.of(tree, node), Parameters.of(tree, node), CyclomaticComplexity.of(tree, node),
          CognitiveComplexity.of(tree, node), NestingDepth.of(tree, node)));
    }
    List<Declaration> declarations = new ArrayList<>();
    for (Units.Named named : units.declarations) {
      int node = named.node();
      int first = line(source, tree, declarationStart(tree, node));
      int nameLine = Math.max(first, line(source, tree, nameOrStart(tree, node)));
      int end = Math.max(nameLine, source.lineOf(Math.max(tree.start(node), tree.end(node) - 1)));
      declarations.add(new Declaration(first, nameLine, end));
    }
    return new SourceMetrics(LineTally.count(source, codeLines), units.classes, functions, null,
        SuppressionComments.find(source, codeLines, declarations),
        ScriptStructure.of(tree, source, units, functions).withUnitNotes(notes));
  }

  /** A unit is placed at its own name (a method's, a declared function's), else where it starts. */
  private static int nameOrStart(ScriptTree tree, int node) {
    byte kind = tree.kind(node);
    int name = tree.child(node, tree.grammar.fieldName);
    return name >= 0 && kind != Kind.FUNCTION_EXPRESSION ? name : node;
  }

  /** Where a declaration's comments may stand: a function bound to a variable starts with its statement. */
  private static int declarationStart(ScriptTree tree, int node) {
    int parent = tree.parent(node);
    if (parent >= 0 && tree.kind(parent) == Kind.VARIABLE_DECLARATOR && tree.parent(parent) >= 0) {
      return tree.parent(parent);
    }
    return node;
  }

  private static int line(SourceText source, ScriptTree tree, int node) {
    return source.lineOf(tree.start(node));
  }
}
