package dev.perfscope.advice;

import dev.perfscope.model.Edge;
import dev.perfscope.model.Member;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The undirected, weighted graph of some members of a file. A call, field or nested-type edge weighs 1 (the
 * number of uses does not matter: one use is enough to need an import); members sharing an import are tied
 * by {@value #SHARED_IMPORT} split among its users, and an import used by more than {@value #COMMON_IMPORT}
 * members says nothing about where they belong. Vocabulary ties the same way: members whose names share a word
 * ({@link PartNames#wordsOf}) are tied by {@value #SHARED_WORD} split among them, unless more than
 * {@value #COMMON_WORD} share it (a word that common says nothing, and tying every pair of its users would cost
 * time quadratic in them). History ties the same way: members changed by one commit are tied by
 * {@value #CHANGED_TOGETHER} split among them (change coupling), unless it changed more than
 * {@value #COMMON_CHANGE} of them (a reformatting or a rename sweep, not a change of one concern). Outside files
 * tie the same way ({@link Clients}): the members one other file uses are tied by {@value #USED_TOGETHER} split
 * among them, unless it uses more than {@value #COMMON_USE} (tying every pair would cost time quadratic in them).
 */
final class MemberGraph {
  static final double SHARED_IMPORT = 0.5;
  static final int COMMON_IMPORT = 20;
  static final double SHARED_WORD = 1.0;
  static final int COMMON_WORD = 12;
  static final double CHANGED_TOGETHER = 1.0;
  static final int COMMON_CHANGE = 12;
  static final double USED_TOGETHER = 1.0;
  static final int COMMON_USE = 100;

  private final List<Member> members;
  private final List<Map<Integer, Double>> weights = new ArrayList<>();
  private final List<Edge> strong = new ArrayList<>();
  private final int[] lines;

  MemberGraph(List<Member> members, List<Edge> edges) {
    this(members, edges, List.of());
  }

  /** The graph of the call, field and nested-type edges alone: no import, vocabulary or history ties. */
  static MemberGraph structural(List<Member> members, List<Edge> edges) {
    return new MemberGraph(members, edges.stream().filter(e -> !e.isImport()).toList(), List.of(), false);
  }

  /**
   * The graph of {@code members}, with {@code changedTogether}: per commit, the names of the members it changed,
   * an overload's without its line (naming all the overloads).
   */
  MemberGraph(List<Member> members, List<Edge> edges, List<List<String>> changedTogether) {
    this(members, edges, changedTogether, List.of(), true, null);
  }

  /**
   * The graph of {@code members} with {@code changedTogether}, and {@code usedTogether}: per outside file, the
   * names of the members it uses, an overload's without its line.
   */
  MemberGraph(List<Member> members, List<Edge> edges, List<List<String>> changedTogether,
      List<List<String>> usedTogether) {
    this(members, edges, changedTogether, usedTogether, true, null);
  }

  /**
   * The same, with the lines each member takes with it when they are not its range's ({@code lines} by name,
   * null for ranges: {@link WholeClasses} gives a Go type its declaration's and its methods' lines).
   */
  MemberGraph(List<Member> members, List<Edge> edges, List<List<String>> changedTogether,
      List<List<String>> usedTogether, Map<String, Integer> lines) {
    this(members, edges, changedTogether, usedTogether, true, lines);
  }

  private MemberGraph(List<Member> members, List<Edge> edges, List<List<String>> changedTogether,
      boolean vocabulary) {
    this(members, edges, changedTogether, List.of(), vocabulary, null);
  }

  private MemberGraph(List<Member> members, List<Edge> edges, List<List<String>> changedTogether,
      List<List<String>> usedTogether, boolean vocabulary, Map<String, Integer> lines) {
    this.members = List.copyOf(members);
    this.lines = lines == null ? ownLines(this.members)
        : this.members.stream().mapToInt(m -> lines.getOrDefault(m.name(), m.lines())).toArray();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      index.put(members.get(i).name(), i);
      weights.add(new HashMap<>());
    }
    tieEdges(edges, index);
    if (vocabulary) {
      sharers(this.members).values().stream()
          .filter(users -> users.size() > 1 && users.size() <= COMMON_WORD)
          .forEach(users -> tieAll(users, SHARED_WORD / (users.size() - 1)));
    }
    Map<String, List<Integer>> byName = byName();
    tieGroups(byName, changedTogether, CHANGED_TOGETHER, COMMON_CHANGE);
    tieGroups(byName, usedTogether, USED_TOGETHER, COMMON_USE);
  }

  /**
   * Calls, fields and nested types tie their two ends; an import ties the members that share it, unless
   * too many do.
   */
  private void tieEdges(List<Edge> edges, Map<String, Integer> index) {
    Map<String, List<Integer>> importUsers = new LinkedHashMap<>();
    for (Edge edge : edges) {
      Integer from = index.get(edge.from());
      Integer to = index.get(edge.to());
      if (from != null && edge.isImport()) {
        importUsers.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(from);
      } else if (from != null && to != null && !from.equals(to)) {
        strong.add(edge);
        tie(from, to, 1);
      }
    }
    importUsers.values().stream().filter(users -> users.size() > 1 && users.size() <= COMMON_IMPORT)
        .forEach(users -> tieAll(users, SHARED_IMPORT / (users.size() - 1)));
  }

  /** The members of each name, an overload's without its line ({@code parse} for {@code Parser.parse@120}). */
  private Map<String, List<Integer>> byName() {
    Map<String, List<Integer>> byName = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      String name = members.get(i).name();
      int at = name.lastIndexOf('@');
      byName.computeIfAbsent(at < 0 ? name : name.substring(0, at), k -> new ArrayList<>()).add(i);
    }
    return byName;
  }

  /**
   * The members of each group (those a commit changed, or an outside file uses) tied by {@code weight} split
   * among them, unless the group holds more than {@code common} of them.
   */
  private void tieGroups(Map<String, List<Integer>> byName, List<List<String>> groups, double weight, int common) {
    for (List<String> group : groups) {
      List<Integer> tied = group.stream().flatMap(name -> byName.getOrDefault(name, List.of()).stream())
          .distinct().toList();
      if (tied.size() > 1 && tied.size() <= common) {
        tieAll(tied, weight / (tied.size() - 1));
      }
    }
  }

  /** The members whose names use each word ({@code compare} in {@code _compare_eq_set}), by word. */
  private static Map<String, List<Integer>> sharers(List<Member> members) {
    Map<String, List<Integer>> users = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      int member = i;
      PartNames.wordsOf(members.get(i).name()).stream().distinct()
          .forEach(word -> users.computeIfAbsent(word, k -> new ArrayList<>()).add(member));
    }
    return users;
  }

  private void tieAll(List<Integer> users, double weight) {
    for (int i = 0; i < users.size(); i++) {
      for (int j = i + 1; j < users.size(); j++) {
        tie(users.get(i), users.get(j), weight);
      }
    }
  }

  private void tie(int a, int b, double weight) {
    weights.get(a).merge(b, weight, Double::sum);
    weights.get(b).merge(a, weight, Double::sum);
  }

  /**
   * The lines each member would take with it: its own, and the comment and blank lines between it and the
   * member before (its javadoc); a member declared with another ({@code int a, b;}) brings nothing more.
   */
  static int[] ownLines(List<Member> members) {
    Integer[] order = new Integer[members.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> members.get(i).startLine()));
    int[] own = new int[members.size()];
    int previousEnd = 0;
    for (int i : order) {
      Member m = members.get(i);
      int before = previousEnd == 0 ? m.startLine() - 1 : previousEnd;
      own[i] = Math.max(0, m.endLine() - before);
      previousEnd = Math.max(previousEnd, m.endLine());
    }
    return own;
  }

  /** The lines member {@code i} would take with it to another file. */
  int lines(int i) {
    return lines[i];
  }

  int size() {
    return members.size();
  }

  Member member(int i) {
    return members.get(i);
  }

  List<Member> members() {
    return members;
  }

  /** The neighbours of member {@code i} and the weight of each tie. */
  Map<Integer, Double> ties(int i) {
    return weights.get(i);
  }

  /** The call, field and nested-type edges between these members: what a split would turn into imports. */
  List<Edge> strongEdges() {
    return strong;
  }

  double totalWeight() {
    double twice = 0;
    for (Map<Integer, Double> w : weights) {
      twice += w.values().stream().mapToDouble(Double::doubleValue).sum();
    }
    return twice / 2;
  }
}
