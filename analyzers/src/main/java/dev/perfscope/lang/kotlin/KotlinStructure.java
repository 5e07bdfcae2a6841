package dev.perfscope.lang.kotlin;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Block;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Member;
import dev.perfscope.model.Structure;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Kotlin file's {@link Structure}: members from {@link KotlinMembers}, their edges ({@link KotlinEdges}), the
 * blocks of each function ({@link KotlinBlocks}), what it declares and uses by qualified name ({@link KotlinUses}),
 * and its code tokens ({@link KotlinTokens}). A file whose public members are all {@code @Deprecated} is deprecated.
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
    List<Member> all = List.copyOf(members.members().values());
    Structure structure = new Structure(all, new KotlinEdges(tree, text, members, imports.bound()).edges(), blocks,
        declares, KotlinUses.uses(tree, text, imports, declares), KotlinTokens.of(tree, source));
    return deprecatedApi(all, members.notPublic()) ? structure.asDeprecated() : structure;
  }

  /**
   * Whether the file's public members are all {@code @Deprecated} (at least one): it is kept for compatibility, and
   * the {@code private} or {@code internal} helpers its deprecated functions call go with them (kotlinx.coroutines'
   * {@code channels/Deprecated.kt} and its {@code @PublishedApi internal fun consumesAll}).
   */
  private static boolean deprecatedApi(List<Member> members, Set<String> notPublic) {
    List<Member> api = members.stream().filter(m -> !notPublic.contains(m.name())).toList();
    return !api.isEmpty() && api.stream().allMatch(Member::deprecated);
  }
}
