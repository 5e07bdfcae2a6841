package dev.perfscope.lang.javascript;

import dev.perfscope.lang.Cancellation;
import dev.perfscope.lang.Declaration;
import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.LineTally;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.SuppressionComments;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Problem;
import dev.perfscope.model.SourceMetrics;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSParser;
import org.treesitter.TSTree;

/**
 * JavaScript and TypeScript through tree-sitter: the file is parsed by its dialect's grammar, the tree copied
 * into Java arrays ({@link SyntaxTree}) and closed at once, and the metrics read the copy. A file with an
 * {@code ERROR} or {@code MISSING} node gets that as its parse error and its lines counted. Without a native
 * library for the platform, lines are counted as plain text ({@link Grammars}).
 */
abstract class ScriptAnalyzer implements LanguageAnalyzer {
  static final String TOO_SLOW = "too slow to parse (under 100 kB/s): pathological text";

  /**
   * The dialects to try, in order: the first that reads the file without error measures it; when none does, the
   * first one's error is reported. {@link #analyze} is not told the file's name, so TypeScript cannot tell
   * {@code .tsx} from {@code .ts} and tries both.
   */
  abstract List<Dialect> dialects();

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
        if (metrics.parseError() == null || metrics.parseError().message().equals(TOO_SLOW)) {
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
    TSParser parser = Grammars.parser(grammar);
    SyntaxTree tree;
    Problem error;
    Utf8Offsets offsets = Utf8Offsets.of(source.text());
    NativeParse.Result result = NativeParse.parse(parser, source.text());
    if (result.tree() == null) {
      int offset = Math.min(offsets.charOffset(result.abandonedAtByte()), source.text().length());
      int line = source.lineCount() == 0 ? 1 : source.lineOf(offset);
      return SourceMetrics.linesOnly(LineTally.countPlain(source), new Problem(line,
          source.lineCount() == 0 ? 1 : Math.max(1, offset - source.lineStart(line) + 1),
          TOO_SLOW));
    }
    TSTree parsed = result.tree();
    try {
      Cancellation.checkpoint();
      tree = SyntaxTree.copy(parsed, grammar, offsets);
      error = ParseErrors.first(parsed.getRootNode(), source, offsets);
    } finally {
      parsed.close(); // the native tree is freed now, not when a cleaner gets to it
    }
    BitSet codeLines = CodeLines.of(tree, source);
    if (error != null) {
      return SourceMetrics.linesOnly(LineTally.count(source, codeLines), error);
    }
    String text = source.text();
    Units units = Units.of(tree, text);
    List<FunctionMetrics> functions = new ArrayList<>(units.units.size());
    for (Units.Unit unit : units.units) {
      Cancellation.checkpoint();
      int node = unit.node();
      int line = line(source, tree, nameOrStart(tree, node));
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
        SuppressionComments.find(source, codeLines, declarations));
  }

  /** A unit is placed at its own name (a method's, a declared function's), else where it starts. */
  private static int nameOrStart(SyntaxTree tree, int node) {
    byte kind = tree.kind(node);
    int name = tree.child(node, tree.grammar.fieldName);
    return name >= 0 && kind != Kind.FUNCTION_EXPRESSION ? name : node;
  }

  /** Where a declaration's comments may stand: a function bound to a variable starts with its statement. */
  private static int declarationStart(SyntaxTree tree, int node) {
    int parent = tree.parent(node);
    if (parent >= 0 && tree.kind(parent) == Kind.VARIABLE_DECLARATOR && tree.parent(parent) >= 0) {
      return tree.parent(parent);
    }
    return node;
  }

  private static int line(SourceText source, SyntaxTree tree, int node) {
    return source.lineOf(tree.start(node));
  }
}
