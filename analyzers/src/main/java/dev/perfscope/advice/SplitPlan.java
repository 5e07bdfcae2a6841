package dev.perfscope.advice;

import dev.perfscope.model.Edge;
import dev.perfscope.model.Member;
import dev.perfscope.model.Plan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A partition of members turned into a {@link Plan}: parts named by {@link PartNames} (as modules' own files,
 * {@code moduleNames}, or as classes; through {@code naming},
 * which makes a word or a type's name a file or class name), the edges that cross parts, what each part imports
 * from the others (nothing where the parts share one scope, as Go's files of a package do), and the part that
 * stays behind under the original name: the one holding the constructors, else the largest.
 */
record SplitPlan(Plan plan, int largest, double modularity) {

  static SplitPlan of(MemberGraph graph, List<List<Integer>> parts, String original, boolean moduleNames,
      UnaryOperator<String> naming) {
    return of(graph, new Partition(parts, staying(graph, parts), Set.of()), original, moduleNames, naming);
  }

  /**
   * Parts of a member graph, the one left behind under the original name, the types that name the parts
   * holding them ({@link PartNames#names(MemberGraph, List, boolean, Set, Set)}), and the words no part is named
   * by, as the file's path says them already.
   */
  record Partition(List<List<Integer>> parts, int stays, Set<Integer> principals, Set<String> pathWords) {
    Partition(List<List<Integer>> parts, int stays, Set<Integer> principals) {
      this(parts, stays, principals, Set.of());
    }

    /** This partition, its parts named by no word of the file's path ({@link PartNames#pathWords}). */
    Partition withPathWords(Set<String> words) {
      return new Partition(parts, stays, principals, words);
    }
  }

  static SplitPlan of(MemberGraph graph, Partition partition, String original, boolean moduleNames,
      UnaryOperator<String> naming) {
    return of(graph, partition, original, moduleNames, naming, true);
  }

  /** The plan, its parts importing what they use of each other when {@code imports} (not in a shared scope). */
  static SplitPlan of(MemberGraph graph, Partition partition, String original, boolean moduleNames,
      UnaryOperator<String> naming, boolean imports) {
    List<List<Integer>> parts = partition.parts();
    int stays = partition.stays();
    List<List<String>> names = parts.stream().map(p -> p.stream().map(i -> graph.member(i).name()).toList()).toList();
    List<String> words = PartNames.names(graph, parts, moduleNames, partition.principals(), partition.pathWords());
    List<Plan.Part> planned = new ArrayList<>();
    Map<String, String> partOf = new HashMap<>();
    for (int p = 0; p < parts.size(); p++) {
      String name = p == stays ? original : naming.apply(words.get(p));
      int lines = parts.get(p).stream().mapToInt(graph::lines).sum();
      planned.add(new Plan.Part(name, names.get(p), lines));
      names.get(p).forEach(member -> partOf.put(member, name));
    }
    List<Plan.CrossEdge> crossing = new ArrayList<>();
    for (Edge edge : graph.strongEdges()) {
      String from = partOf.get(edge.from());
      String to = partOf.get(edge.to());
      if (!from.equals(to)) {
        crossing.add(new Plan.CrossEdge(from, to, edge.from(), edge.to(), edge.kind()));
      }
    }
    int largest = planned.stream().mapToInt(Plan.Part::lines).max().orElse(0);
    return new SplitPlan(Plan.split(imports ? withImports(planned, crossing) : planned, crossing, original), largest,
        SplitQuality.modularity(graph, parts));
  }

  /**
   * Each part with what it must import from the others: per part it uses, in plan order, the names it uses there,
   * sorted, each once ({@code parse} for {@code Parser.parse} and {@code Parser.parse@120}).
   */
  static List<Plan.Part> withImports(List<Plan.Part> parts, List<Plan.CrossEdge> crossing) {
    List<Plan.Part> out = new ArrayList<>();
    for (Plan.Part part : parts) {
      List<Plan.Import> imports = new ArrayList<>();
      for (Plan.Part other : parts) {
        List<String> names = crossing.stream()
            .filter(e -> e.fromPart().equals(part.name()) && e.toPart().equals(other.name()))
            .map(e -> importedName(e.to())).distinct().sorted().toList();
        if (!names.isEmpty()) {
          imports.add(new Plan.Import(other.name(), names));
        }
      }
      out.add(new Plan.Part(part.name(), part.members(), part.lines(), imports));
    }
    return out;
  }

  /** {@code parse} for {@code Parser.parse@120}; {@code Cache} for {@code Cache}. */
  private static String importedName(String member) {
    String simple = member.substring(member.lastIndexOf('.') + 1);
    int at = simple.indexOf('@');
    return at < 0 ? simple : simple.substring(0, at);
  }

  static int staying(MemberGraph graph, List<List<Integer>> parts) {
    Comparator<Integer> order = Comparator.comparingInt((Integer p) -> (int) parts.get(p).stream()
            .filter(i -> graph.member(i).kind().equals("constructor")).count())
        .thenComparingInt(p -> parts.get(p).stream().mapToInt(graph::lines).sum());
    int best = 0;
    for (int p = 1; p < parts.size(); p++) {
      if (order.compare(p, best) > 0) {
        best = p;
      }
    }
    return best;
  }

  static List<Member> membersOf(List<Member> all, String owner) {
    return all.stream().filter(m -> m.owner().equals(owner)).toList();
  }
}
