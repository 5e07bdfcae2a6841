package dev.perfscope.lang.go;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Block;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Structure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Go file's {@link Structure}: members from {@link GoMembers}, their edges ({@link GoEdges}), the blocks of each
 * function ({@link GoBlocks}), its import paths as what it uses, and its code tokens ({@link GoTokens}). A file
 * declares nothing: other files import its package, by its folder, not the file.
 */
final class GoStructure {
  private GoStructure() {}

  /** The structure, given each unit's metrics and the name its bare recursive calls use (or null). */
  static Structure of(GoTree tree, SourceText source, Units units, List<FunctionMetrics> measured,
      List<String> recursiveNames) {
    Map<String, String> imports = GoImports.of(tree, source.text());
    GoMembers members = new GoMembers(tree, source);
    GoBlocks finder = new GoBlocks(tree, source);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < units.units.size(); i++) {
      blocks.addAll(finder.of(units.units.get(i).node(), measured.get(i), recursiveNames.get(i)));
    }
    return new Structure(List.copyOf(members.members().values()),
        new GoEdges(tree, source.text(), members, imports).edges(), blocks, List.of(),
        List.copyOf(imports.values()), GoTokens.of(tree, source));
  }
}
