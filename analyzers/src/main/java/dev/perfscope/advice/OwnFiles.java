package dev.perfscope.advice;

import dev.perfscope.model.Edge;
import dev.perfscope.model.Member;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nested types of a file that a split gives a file of their own: a nested type that uses no other member of
 * the file and that no other nested type uses (no subclass, no iterator of it) is an implementation standing on
 * its own, reached only through the methods that create it. Maintainers move such a type to a file of its own
 * and leave the factory behind (the functors of Apache Commons Collections' {@code TransformerUtils} and
 * {@code ClosureUtils}); kept with its factory, it would take a public entry point of the class with it. A type
 * that others extend or that uses the file's members stays in the partition, with what it is tied to.
 */
final class OwnFiles {
  private OwnFiles() {}

  /** The indices, in {@code graph}, of its independent nested types. */
  static Set<Integer> of(MemberGraph graph) {
    Set<String> usesOthers = new HashSet<>();
    Set<String> usedByType = new HashSet<>();
    Set<String> types = new HashSet<>();
    for (Member m : graph.members()) {
      if (m.kind().equals("type") && !m.owner().isEmpty()) {
        types.add(m.name());
      }
    }
    for (Edge edge : graph.strongEdges()) {
      usesOthers.add(edge.from());
      if (types.contains(edge.from())) {
        usedByType.add(edge.to());
      }
    }
    Set<Integer> own = new HashSet<>();
    List<Member> members = graph.members();
    for (int i = 0; i < members.size(); i++) {
      String name = members.get(i).name();
      if (types.contains(name) && !usesOthers.contains(name) && !usedByType.contains(name)) {
        own.add(i);
      }
    }
    return own;
  }

  /**
   * The parts with each of the types {@code own} in the part of the member most strongly tied to it (a type
   * tied to none stays alone): the partition the split makes of the file's tied members, whose modularity says
   * whether it is cohesive. Types that stand alone are no reason to split a file that is one knot otherwise.
   */
  static List<List<Integer>> withUsers(MemberGraph graph, List<List<Integer>> parts, Set<Integer> own) {
    int[] partOf = SplitQuality.partOf(graph.size(), parts);
    List<List<Integer>> merged = new ArrayList<>();
    parts.forEach(part -> merged.add(new ArrayList<>(part)));
    for (int type : own.stream().sorted().toList()) {
      graph.ties(type).entrySet().stream().filter(tie -> !own.contains(tie.getKey()))
          .max(Map.Entry.<Integer, Double>comparingByValue().thenComparing(tie -> -tie.getKey()))
          .ifPresent(tie -> {
            merged.get(partOf[type]).remove(Integer.valueOf(type));
            merged.get(partOf[tie.getKey()]).add(type);
          });
    }
    merged.removeIf(List::isEmpty);
    return merged;
  }
}
