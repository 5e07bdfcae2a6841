package dev.perfscope.lang.kotlin;

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
import org.treesitter.TSLanguage;

/**
 * Kotlin sources and scripts ({@code .kt}, {@code .kts}) through tree-sitter-kotlin: the tree is copied into Java
 * arrays ({@link KotlinTree}) and closed at once, and the metrics, detekt's definitions, and the structure advice
 * reads ({@link KotlinStructure}) read the copy. A file with an {@code ERROR} or {@code MISSING} node gets that as
 * its parse error and its lines counted. Without a native library for the platform, lines are counted as plain
 * text.
 */
public final class KotlinAnalyzer extends TreeSitterAnalyzer<KotlinTree> {
  @Override
  public String name() {
    return "kotlin";
  }

  @Override
  public List<String> extensions() {
    return List.of(".kt", ".kts");
  }

  /** Kotlin's Maven plugin adds these roots itself when it compiles them; a project without it still has them. */
  @Override
  public List<String> sourceFolders() {
    return List.of("src/main/kotlin", "src/test/kotlin");
  }

  /** A source file shares its package's scope ({@link KotlinFile}); a script ({@code .kts}) stands alone. */
  @Override
  public Optional<ModuleFile> module(String path) {
    return path.endsWith(".kt") ? Optional.of(KotlinFile.at(path)) : Optional.empty();
  }

  @Override
  protected Optional<TSLanguage> language() {
    return KotlinGrammar.get().map(grammar -> grammar.language);
  }

  @Override
  protected KotlinTree newTree(Utf8Offsets offsets) {
    return new KotlinTree(KotlinGrammar.get().orElseThrow(), offsets);
  }

  @Override
  protected BitSet codeLines(KotlinTree tree, SourceText source) {
    return CodeLines.of(tree, source, Kind.COMMENT, Kind.STRING, node -> true);
  }

  @Override
  protected SourceMetrics measure(KotlinTree tree, SourceText source, BitSet codeLines) {
    String text = source.text();
    Units units = Units.of(tree, text);
    List<FunctionMetrics> functions = new ArrayList<>(units.units.size());
    List<Declaration> declarations = new ArrayList<>();
    for (Units.Named unit : units.units) {
      Cancellation.checkpoint();
      int node = unit.node();
      Declaration lines = declaration(source, tree, unit);
      functions.add(new FunctionMetrics(unit.name(), lines.nameLine(), lines.endLine(),
          lines.endLine() - lines.nameLine() + 1, Statements.of(tree, node), Parameters.of(tree, node),
          CyclomaticComplexity.of(tree, text, node), CognitiveComplexity.of(tree, text, node),
          NestingDepth.of(tree, node)));
      declarations.add(lines);
    }
    for (Units.Named type : units.types) {
      declarations.add(declaration(source, tree, type));
    }
    return new SourceMetrics(LineTally.count(source, codeLines), units.types.size(), functions, null,
        SuppressionComments.find(source, codeLines, declarations), KotlinStructure.of(tree, source, units, functions));
  }

  /** From the first line (annotations, modifiers) through the name's line to the last. */
  private static Declaration declaration(SourceText source, KotlinTree tree, Units.Named named) {
    int node = named.node();
    int first = source.lineOf(tree.start(node));
    int nameLine = Math.max(first, source.lineOf(tree.start(named.nameNode())));
    int end = Math.max(nameLine, source.lineOf(Math.max(tree.start(node), tree.end(node) - 1)));
    return new Declaration(first, nameLine, end);
  }
}
