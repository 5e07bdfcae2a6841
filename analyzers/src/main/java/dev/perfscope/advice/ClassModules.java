package dev.perfscope.advice;

import dev.perfscope.model.Edge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The split of a knit module around its large classes: one module per class of at least a quarter of the part
 * cap, each taking the functions and small classes that only it reaches (directly or through others of them);
 * what several classes reach, or none, is one more part. Maintainers split a module whose classes all use one
 * another that way (pip's {@code req.py} became {@code req_install.py}, {@code req_set.py},
 * {@code req_uninstall.py} and {@code req_file.py}), where modularity sees one knot: every group is tied to the
 * class the others create or are created by. One large class beside as much other code is moved out the same way
 * (pip's {@code WheelBuilder} and the helpers only it used left {@code wheel.py} for {@code wheel_builder.py}).
 * What only one class reaches goes with it even where the rest uses it too, as pip's {@code hash_file} went to
 * {@code wheel_builder.py}. (Keeping it with the rest instead changed 13 of CPython's module-per-class plans and
 * made each class's module import from the package it is part of.)
 */
record ClassModules(List<List<Integer>> parts, List<Integer> classes, int shared) {

  /**
   * The parts, in source order of their first member, with the large classes they were made for and which holds what
   * several classes or none reach (-1: none does); empty without a large class, and with
   * one whose module and the rest would not each be a third of the module. That part stays behind: it is what the
   * class modules share.
   */
  static Optional<ClassModules> of(MemberGraph graph, int cap) {
    List<Integer> classes = largeClasses(graph, cap);
    if (classes.isEmpty()) {
      return Optional.empty();
    }
    Map<Integer, List<Integer>> uses = uses(graph);
    Set<Integer> large = Set.copyOf(classes);
    Map<Integer, Set<Integer>> reachedBy = reachedBy(classes, uses, large);
    Map<Integer, List<Integer>> partOf = new HashMap<>();
    classes.forEach(c -> partOf.put(c, new ArrayList<>(List.of(c))));
    List<Integer> shared = new ArrayList<>();
    for (int i = 0; i < graph.size(); i++) {
      if (large.contains(i)) {
        continue;
      }
      Set<Integer> by = reachedBy.getOrDefault(i, Set.of());
      if (by.size() == 1) {
        partOf.get(by.iterator().next()).add(i);
      } else {
        shared.add(i);
      }
    }
    List<List<Integer>> parts = new ArrayList<>(partOf.values());
    if (!shared.isEmpty()) {
      parts.add(shared);
    }
    if (classes.size() == 1 && !eachAThird(graph, partOf.get(classes.get(0)), shared)) {
      return Optional.empty();
    }
    parts.forEach(part -> part.sort(Integer::compare));
    parts.sort((a, b) -> Integer.compare(graph.member(a.get(0)).startLine(), graph.member(b.get(0)).startLine()));
    return Optional.of(new ClassModules(parts, List.copyOf(classes), parts.indexOf(shared)));
  }

  /**
   * Whether a module of one large class, split from what it does not reach, leaves two real parts: each at least a
   * third of the module. Moving out the class that is most of a module ({@code pdb.py}'s {@code Pdb}, 1,588 of 1,820
   * lines) only renames the file.
   */
  private static boolean eachAThird(MemberGraph graph, List<Integer> classPart, List<Integer> rest) {
    int moved = classPart.stream().mapToInt(graph::lines).sum();
    int stays = rest.stream().mapToInt(graph::lines).sum();
    return 2 * moved >= stays && 2 * stays >= moved;
  }

  /** Per member, the large classes that reach it. */
  private static Map<Integer, Set<Integer>> reachedBy(List<Integer> classes, Map<Integer, List<Integer>> uses,
      Set<Integer> large) {
    Map<Integer, Set<Integer>> reachedBy = new HashMap<>();
    for (int c : classes) {
      for (int reached : reach(c, uses, large)) {
        reachedBy.computeIfAbsent(reached, k -> new TreeSet<>()).add(c);
      }
    }
    return reachedBy;
  }

  /** The classes that get a module each: those of at least a quarter of the cap. */
  private static List<Integer> largeClasses(MemberGraph graph, int cap) {
    List<Integer> classes = new ArrayList<>();
    for (int i = 0; i < graph.size(); i++) {
      if (graph.member(i).kind().equals("type") && graph.lines(i) * 4 >= cap) {
        classes.add(i);
      }
    }
    return classes;
  }

  /** Each member's uses of others: calls, fields and types, from user to used. */
  private static Map<Integer, List<Integer>> uses(MemberGraph graph) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < graph.size(); i++) {
      index.put(graph.member(i).name(), i);
    }
    Map<Integer, List<Integer>> uses = new HashMap<>();
    for (Edge edge : graph.strongEdges()) {
      uses.computeIfAbsent(index.get(edge.from()), k -> new ArrayList<>()).add(index.get(edge.to()));
    }
    return uses;
  }

  /** The members {@code start} reaches through uses, not passing through (nor counting) the other classes. */
  private static Set<Integer> reach(int start, Map<Integer, List<Integer>> uses, Set<Integer> classes) {
    Set<Integer> reached = new TreeSet<>();
    Deque<Integer> next = new ArrayDeque<>(List.of(start));
    while (!next.isEmpty()) {
      for (int used : uses.getOrDefault(next.pop(), List.of())) {
        if (!classes.contains(used) && reached.add(used)) {
          next.push(used);
        }
      }
    }
    return reached;
  }
}
