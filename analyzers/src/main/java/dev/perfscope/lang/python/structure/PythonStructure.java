package dev.perfscope.lang.python.structure;

import dev.perfscope.lang.python.metrics.CognitiveComplexity;
import dev.perfscope.lang.python.metrics.ModuleWalker;
import dev.perfscope.lang.python.parser.ModuleParser;
import dev.perfscope.lang.python.parser.PythonParser;
import dev.perfscope.model.Block;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Member;
import dev.perfscope.model.Structure;
import java.util.ArrayList;
import java.util.List;

/** A module's {@link Structure}: members from {@link PythonMembers}, their edges, and the blocks of each def. */
public final class PythonStructure {
  private PythonStructure() {}

  public static Structure of(ModuleParser.Parsed parsed, List<ModuleWalker.Unit> units, List<FunctionMetrics> measured,
      CognitiveComplexity cognitive) {
    PythonParser.File_inputContext module = parsed.tree();
    Scopes scopes = new Scopes(parsed.lexer(), parsed.tokens());
    PythonMembers members = new PythonMembers(module, parsed.tokens());
    PythonEdges edges = new PythonEdges(module, members, scopes);
    BlockFinder finder = new BlockFinder(parsed.tokens(), cognitive, scopes);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      blocks.addAll(finder.of(units.get(i), measured.get(i)));
    }
    List<Member> list = List.copyOf(members.members().values());
    Structure structure = new Structure(list, edges.edges(members.nodes()), blocks, List.of(), ImportTargets.of(module));
    return ModuleDeprecation.of(module) ? structure.asDeprecated() : structure;
  }
}
