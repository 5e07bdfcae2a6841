package dev.perfscope.lang.kotlin;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Block;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Structure;
import java.util.ArrayList;
import java.util.List;

/**
 * A Kotlin file's {@link Structure}: members from {@link KotlinMembers}, their edges ({@link KotlinEdges}), the
 * blocks of each function ({@link KotlinBlocks}), what it declares and uses by qualified name ({@link KotlinUses}),
 * and its code tokens ({@link KotlinTokens}).
 */
final class KotlinStructure {
  private KotlinStructure() {}

  static Structure of(KotlinTree tree, SourceText source, Units units, List<FunctionMetrics> measured) {
    String text = source.text();
    KotlinImports imports = KotlinImports.of(tree, text);
    KotlinMembers members = new KotlinMembers(tree, source);
    KotlinBlocks finder = new KotlinBlocks(tree, source);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < units.units.size(); i++) {
      blocks.addAll(finder.of(units.units.get(i).node(), measured.get(i)));
    }
    List<String> declares = KotlinUses.declares(tree, text, imports);
    return new Structure(List.copyOf(members.members().values()),
        new KotlinEdges(tree, text, members, imports.bound()).edges(), blocks, declares,
        KotlinUses.uses(tree, text, imports, declares), KotlinTokens.of(tree, source));
  }
}
