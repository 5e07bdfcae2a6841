package dev.perfscope.lang.javascript;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Block;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Member;
import dev.perfscope.model.Structure;
import java.util.ArrayList;
import java.util.List;

/**
 * A module's {@link Structure}: members from {@link ScriptMembers}, their edges ({@link ScriptEdges}), the blocks
 * of each function ({@link ScriptBlocks}), its relative imports as what it uses ({@link ScriptImports}), and its
 * code tokens ({@link ScriptTokens}). A module declares nothing: it is known by its path ({@link ScriptModule}).
 * A module whose file comment says it is deprecated is ({@link ScriptDeprecation}).
 */
final class ScriptStructure {
  private ScriptStructure() {}

  static Structure of(ScriptTree tree, SourceText source, Units units, List<FunctionMetrics> measured) {
    ScriptImports imports = ScriptImports.of(tree, source.text());
    ScriptMembers members = new ScriptMembers(tree, source, imports);
    ScriptEdges edges = new ScriptEdges(tree, source.text(), members, imports);
    ScriptBlocks finder = new ScriptBlocks(tree, source);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < units.units.size(); i++) {
      blocks.addAll(finder.of(units.units.get(i).node(), measured.get(i)));
    }
    List<Member> list = List.copyOf(members.members().values());
    Structure structure = new Structure(list, edges.edges(members.nodes()), blocks, List.of(),
        List.copyOf(imports.uses), ScriptTokens.of(tree, source, imports));
    return ScriptDeprecation.of(source.text()) ? structure.asDeprecated() : structure;
  }
}
