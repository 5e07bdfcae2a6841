package dev.perfscope.advice;

import dev.perfscope.model.Edge;
import dev.perfscope.model.Member;
import dev.perfscope.model.Plan;
import dev.perfscope.model.Structure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python module's members with the class that dominates it taken as one member: a file split moves modules'
 * functions, classes and globals, never a method away from its class (that takes an extract-class, which
 * {@code split-class} proposes). The edges of the class's methods and attributes become the class's own, and
 * a plan over these members is {@link #expand expanded} back to the module's members.
 */
record WholeClasses(List<Member> members, List<Edge> edges, Map<String, List<String>> classMembers) {

  static WholeClasses none(Structure structure) {
    return new WholeClasses(structure.members(), structure.edges(), Map.of());
  }

  static WholeClasses of(Structure structure) {
    Map<String, List<Member>> owned = new LinkedHashMap<>();
    List<Member> members = new ArrayList<>();
    for (Member m : structure.members()) {
      if (m.owner().isEmpty()) {
        members.add(m);
      } else {
        owned.computeIfAbsent(m.owner(), k -> new ArrayList<>()).add(m);
      }
    }
    Map<String, List<String>> classMembers = new LinkedHashMap<>();
    owned.forEach((owner, list) -> {
      int start = list.stream().mapToInt(Member::startLine).min().orElseThrow();
      int end = list.stream().mapToInt(Member::endLine).max().orElseThrow();
      members.add(Member.of(owner, "type", start, end, List.of()));
      classMembers.put(owner, list.stream().map(Member::name).toList());
    });
    members.sort((a, b) -> Integer.compare(a.startLine(), b.startLine()));
    List<Edge> edges = new ArrayList<>();
    for (Edge e : structure.edges()) {
      String from = classOf(e.from());
      String to = e.isImport() ? e.to() : classOf(e.to());
      if (e.isImport() || !from.equals(to)) {
        edges.add(new Edge(from, to, e.kind(), e.count()));
      }
    }
    return new WholeClasses(members, edges, classMembers);
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
