package dev.perfscope.advice;

import dev.perfscope.model.Edge;
import dev.perfscope.model.Member;
import dev.perfscope.model.Plan;
import dev.perfscope.model.Structure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module's members with each class taken as one member: a file split moves modules' functions, classes and
 * globals, never a method away from its class (that takes an extract-class, which {@code split-class} proposes).
 * A Python module's class that dominates it gives its methods and attributes, which become one member again; a Go
 * type is a member beside its methods ({@code Buffer}, {@code Buffer.Write}), which join it, wherever they stand.
 * The edges of the class's members become the class's own, and a plan over these members is
 * {@link #expand expanded} back to the module's members. {@code lines} are the lines each member takes with it,
 * counted on the module's own members: a Go type's are its declaration's and its methods', not the lines between
 * them.
 */
record WholeClasses(List<Member> members, List<Edge> edges, Map<String, List<String>> classMembers,
    Map<String, Integer> lines) {

  static WholeClasses none(Structure structure) {
    return new WholeClasses(structure.members(), structure.edges(), Map.of(), null);
  }

  static WholeClasses of(Structure structure) {
    Map<String, List<Member>> owned = new LinkedHashMap<>();
    Map<String, Member> members = new LinkedHashMap<>();
    for (Member m : structure.members()) {
      if (m.owner().isEmpty()) {
        members.put(m.name(), m);
      } else {
        owned.computeIfAbsent(m.owner(), k -> new ArrayList<>()).add(m);
      }
    }
    Map<String, List<String>> classMembers = new LinkedHashMap<>();
    owned.forEach((owner, list) -> {
      List<Member> pieces = new ArrayList<>(list);
      Member declared = members.get(owner); // a Go type, declared apart from its methods
      if (declared != null) {
        pieces.add(0, declared);
      }
      int start = pieces.stream().mapToInt(Member::startLine).min().orElseThrow();
      int end = pieces.stream().mapToInt(Member::endLine).max().orElseThrow();
      members.put(owner, Member.of(owner, "type", start, end, List.of()));
      classMembers.put(owner, pieces.stream().map(Member::name).toList());
    });
    List<Member> sorted = new ArrayList<>(members.values());
    sorted.sort((a, b) -> Integer.compare(a.startLine(), b.startLine()));
    List<Edge> edges = new ArrayList<>();
    for (Edge e : structure.edges()) {
      String from = classOf(e.from());
      String to = e.isImport() ? e.to() : classOf(e.to());
      if (e.isImport() || !from.equals(to)) {
        edges.add(new Edge(from, to, e.kind(), e.count()));
      }
    }
    return new WholeClasses(sorted, edges, classMembers, lines(structure.members(), classMembers));
  }

  /** The lines each whole member takes with it: the sum of its pieces', each counted where it stands. */
  private static Map<String, Integer> lines(List<Member> pieces, Map<String, List<String>> classMembers) {
    int[] own = MemberGraph.ownLines(pieces);
    Map<String, Integer> lines = new HashMap<>();
    for (int i = 0; i < pieces.size(); i++) {
      String name = pieces.get(i).name();
      String whole = classMembers.containsKey(classOf(name)) ? classOf(name) : name;
      lines.merge(whole, own[i], Integer::sum);
    }
    return lines;
  }

  /** The most lines a whole member takes with it (0 for none): what any split leaves in one file at least. */
  int largest() {
    return members.stream().mapToInt(m -> lines == null ? m.lines() : lines.getOrDefault(m.name(), m.lines()))
        .max().orElse(0);
  }

  /** {@code Context} for {@code Context.round}; a top-level name itself. */
  private static String classOf(String member) {
    int dot = member.lastIndexOf('.');
    return dot < 0 ? member : member.substring(0, dot);
  }

  /**
   * The commits' changed members as these members: a method or attribute of a class kept whole is its class.
   */
  List<List<String>> changedTogether(List<List<String>> commits) {
    if (classMembers.isEmpty()) {
      return commits;
    }
    return commits.stream().map(names -> names.stream()
        .map(name -> classMembers.containsKey(classOf(name)) ? classOf(name) : name).distinct().toList()).toList();
  }

  /** The plan with each whole class replaced by its members, in its part. */
  SplitPlan expand(SplitPlan split) {
    if (classMembers.isEmpty()) {
      return split;
    }
    List<Plan.Part> parts = new ArrayList<>();
    for (Plan.Part part : split.plan().parts()) {
      List<String> names = new ArrayList<>();
      part.members().forEach(name -> names.addAll(classMembers.getOrDefault(name, List.of(name))));
      parts.add(new Plan.Part(part.name(), names, part.lines(), part.imports()));
    }
    Plan plan = Plan.split(parts, split.plan().crossEdges(), split.plan().staysBehind());
    return new SplitPlan(plan, split.largest(), split.modularity());
  }
}
