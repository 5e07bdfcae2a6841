package dev.perfscope.lang.python;

import dev.perfscope.lang.Cancellation;
import dev.perfscope.lang.Declaration;
import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.LineTally;
import dev.perfscope.lang.ModuleFile;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.SuppressionComments;
import dev.perfscope.lang.python.metrics.CodeLines;
import dev.perfscope.lang.python.metrics.CognitiveComplexity;
import dev.perfscope.lang.python.metrics.CyclomaticComplexity;
import dev.perfscope.lang.python.metrics.DecisionTokens;
import dev.perfscope.lang.python.metrics.Dispatch;
import dev.perfscope.lang.python.metrics.Docstring;
import dev.perfscope.lang.python.metrics.FStringFields;
import dev.perfscope.lang.python.metrics.LogicalLines;
import dev.perfscope.lang.python.metrics.ModuleWalker;
import dev.perfscope.lang.python.metrics.NestingDepth;
import dev.perfscope.lang.python.metrics.Parameters;
import dev.perfscope.lang.python.parser.EncodingCookie;
import dev.perfscope.lang.python.parser.ModuleParser;
import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.lang.python.parser.Trees;
import dev.perfscope.lang.python.structure.PythonStructure;
import dev.perfscope.lang.python.syntax.CompileChecks;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Problem;
import dev.perfscope.model.SourceMetrics;
import dev.perfscope.model.Suppression;
import dev.perfscope.model.UnitNotes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;

/**
 * Python 3.8-3.13 through our own ANTLR grammar: every {@code def} is a unit named by its
 * {@code __qualname__}, measured by one class per metric; the structure advice reads comes from
 * {@link PythonStructure}. A file that does not parse gets a {@code parseError} and its lines counted; nothing
 * is thrown but a lack of memory and a {@link dev.perfscope.lang.Cancellation cancellation}.
 */
public final class PythonAnalyzer implements LanguageAnalyzer {
  @Override
  public String name() {
    return "python";
  }

  @Override
  public List<String> extensions() {
    return List.of(".py", ".pyi");
  }

  @Override
  public List<String> sourceFolders() {
    return List.of("src/main/python", "src/test/python");
  }

  /** A module is its file; a split one becomes a package of modules ({@link PythonModule}). */
  @Override
  public Optional<ModuleFile> module(String path) {
    return PythonModule.at(path);
  }

  /** Loads the parser and the metrics' classes by measuring an empty file. */
  @Override
  public void load() {
    analyze(new SourceText(""));
  }

  @Override
  public SourceMetrics analyze(SourceText source) {
    try {
      return measure(source);
    } catch (StackOverflowError e) {
      return SourceMetrics.linesOnly(LineTally.countPlain(source),
          new Problem(1, 1, "nested too deeply to analyze"));
    } // an OutOfMemoryError goes to the per-file boundary, which neither caches nor replays it
  }

  private static SourceMetrics measure(SourceText source) {
    ModuleParser.Parsed parsed = ModuleParser.parse(source.text());
    Problem error = parsed.error() != null ? parsed.error() : EncodingCookie.check(source);
    if (error != null) {
      return SourceMetrics.linesOnly(CodeLines.count(source, parsed.tokens(), new BitSet()), error);
    }
    ModuleWalker module = ModuleWalker.walk(parsed.tree());
    FStringFields fields = new FStringFields(parsed.lexer());
    DecisionTokens decisions = new DecisionTokens(parsed.tokens(), parsed.lexer());
    CyclomaticComplexity cyclomatic = new CyclomaticComplexity(fields, decisions);
    CognitiveComplexity cognitive = new CognitiveComplexity(fields, decisions);
    List<FunctionMetrics> functions = new ArrayList<>(module.units().size());
    Map<Integer, UnitNotes> notes = new HashMap<>();
    for (ModuleWalker.Unit unit : module.units()) {
      Cancellation.checkpoint();
      PythonParser.Function_defContext def = unit.def();
      int line = def.DEF().getSymbol().getLine();
      int endLine = Math.max(line, Trees.endLine(def, parsed.tokens()));
      Dispatch dispatch = Dispatch.widest(def);
      UnitNotes unitNotes = new UnitNotes(Docstring.lines(def, parsed.tokens()), Parameters.keywordOnly(def),
          dispatch.line(), dispatch.arms());
      if (!unitNotes.isEmpty()) {
        notes.put(line, unitNotes);
      }
      functions.add(new FunctionMetrics(
          unit.qualname(),
          line,
          endLine,
          endLine - line + 1,
          LogicalLines.of(def, parsed.tokens(), parsed.lexer()),
          Parameters.of(def, unit.method()),
          cyclomatic.of(def),
          cognitive.of(def),
          NestingDepth.of(def)));
    }
    BitSet codeLines = CodeLines.of(source, parsed.tokens(), module.stringStatementTokens());
    List<Suppression> suppressions = SuppressionComments.find(source, codeLines,
        declarations(module, parsed.tokens()));
    // A bad future import, target or argument is a compile error in CPython, but the module parsed: measure it.
    return new SourceMetrics(LineTally.count(source, codeLines), module.classes(), functions,
        CompileChecks.first(parsed.tree(), parsed.tokens()), suppressions,
        PythonStructure.of(parsed, module.units(), functions, cognitive)
            .withTokens(PythonTokens.of(parsed.tokens())).withUnitNotes(notes));
  }

  /** Where each def and class is declared: from its first decorator through its name to its last token. */
  private static List<Declaration> declarations(ModuleWalker module, TokenStream tokens) {
    List<Declaration> declarations = new ArrayList<>(module.declarations().size());
    for (ParserRuleContext node : module.declarations()) {
      ParserRuleContext outer = node.getParent() instanceof PythonParser.DecoratedContext decorated ? decorated : node;
      int nameLine = node.getStart().getLine();
      declarations.add(new Declaration(outer.getStart().getLine(), nameLine, Math.max(nameLine, Trees.endLine(node, tokens))));
    }
    return declarations;
  }
}
