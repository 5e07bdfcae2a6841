package dev.perfscope.lang.java;

import com.github.javaparser.ast.CompilationUnit;
import dev.perfscope.model.Block;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Member;
import dev.perfscope.model.Structure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Java file's {@link Structure}: members from {@link StructureFinder}, edges, and blocks per unit. */
final class JavaStructure {
  private JavaStructure() {}

  /** {@code versioned}: a public type documents the version it appeared in ({@link VersionedApi}). */
  static Structure of(CompilationUnit unit, List<UnitFinder.Unit> units, List<FunctionMetrics> measured,
      boolean versioned) {
    StructureFinder members = new StructureFinder(unit);
    EdgeFinder edges = new EdgeFinder(unit, members);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      FunctionMetrics metrics = measured.get(i);
      blocks.addAll(BlockFinder.of(metrics.name(), units.get(i).declaration(), metrics.lines(), metrics.cognitive()));
    }
    List<Member> list = List.copyOf(members.members().values());
    TypeUses types = new TypeUses(unit);
    return new Structure(list, edges.edges(members.nodes(), members.members()), blocks, types.declares(),
        types.uses(), null, types.memberUses(), members.allTypesDeprecated(), Map.of(),
        JavaSubclasses.of(unit, types), versioned);
  }
}
