package dev.perfscope.advice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a member graph into parts of at most {@code cap} lines. First agglomerative modularity clustering
 * (Clauset-Newman-Moore): starting from one part per member, merge the two tied parts whose merge raises
 * modularity most, while the merged part fits the cap. Then packing: merge the most strongly tied pair that
 * still fits (or, with no tie left, the two smallest), until no pair fits, so there are as few parts as the cap
 * allows. A member larger than the cap stays alone. Parts come in source order of their first member.
 *
 * <p>The weights between parts, and each part's best pair, are kept from merge to merge and recomputed only
 * where a merge changes them: rebuilt from every edge at each merge, they took 2.4 times the cpu (0.31 s
 * against 0.13 s for the 646 files of java.base over the threshold).
 */
final class Partitioner {
  private static final double GAIN_FLOOR = 1e-12;
  private static final double PACKING_FLOOR = -1;
  private static final long STALE = -2;

  private final MemberGraph graph;
  private final int cap;
  /** Members that stay parts of their own: no merge takes them. */
  private final boolean[] alone;
  /** Each member's neighbours and the weight of each tie, in the order of {@link MemberGraph#ties}. */
  private final int[][] neighbours;
  private final double[][] tieWeights;
  private final int[] partOf;
  /** The members of each part in ascending order, by root; null once merged into another. */
  private final int[][] membersOf;
  /** The weight between each part and each part tied to it, by root. */
  private final List<Map<Integer, Double>> tiesOf = new ArrayList<>();
  /** Each part's best pair with a part of higher root (-1: none, {@link #STALE}: to find again) and its score. */
  private final long[] bestPairOf;
  private final double[] bestScoreOf;
  private final int[] lines;
  private final double[] degree;
  private final double total;

  private Partitioner(MemberGraph graph, int cap, Set<Integer> alone) {
    this.graph = graph;
    this.cap = cap;
    int n = graph.size();
    this.alone = new boolean[n];
    alone.forEach(i -> this.alone[i] = true);
    neighbours = new int[n][];
    tieWeights = new double[n][];
    partOf = new int[n];
    membersOf = new int[n][];
    bestPairOf = new long[n];
    bestScoreOf = new double[n];
    lines = new int[n];
    degree = new double[n];
    for (int i = 0; i < n; i++) {
      neighbours[i] = graph.ties(i).keySet().stream().mapToInt(Integer::intValue).toArray();
      tieWeights[i] = graph.ties(i).values().stream().mapToDouble(Double::doubleValue).toArray();
      partOf[i] = i;
      membersOf[i] = new int[] {i};
      lines[i] = graph.lines(i);
      degree[i] = Arrays.stream(tieWeights[i]).sum();
    }
    for (int i = 0; i < n; i++) {
      tiesOf.add(weightsTo(i));
    }
    total = graph.totalWeight();
  }

  static List<List<Integer>> partition(MemberGraph graph, int cap) {
    return partition(graph, cap, Set.of());
  }

  /** The partition with each of the members {@code alone} a part by itself. */
  static List<List<Integer>> partition(MemberGraph graph, int cap, Set<Integer> alone) {
    return partition(graph, cap, alone, Set.of());
  }

  /**
   * The partition with each of the members {@code alone} a part by itself, and the members {@code together} in
   * one part from the start, whatever its size: the others join it only while it fits.
   */
  static List<List<Integer>> partition(MemberGraph graph, int cap, Set<Integer> alone, Set<Integer> together) {
    Partitioner p = new Partitioner(graph, cap, alone);
    List<Integer> group = together.stream().sorted().toList();
    for (int k = 1; k < group.size(); k++) {
      p.merge(p.partOf[group.get(0)], p.partOf[group.get(k)]);
    }
    Arrays.fill(p.bestPairOf, STALE); // found on first use
    while (p.mergeBest(true)) {
      // modularity-raising merges
    }
    Arrays.fill(p.bestPairOf, STALE); // packing scores pairs otherwise
    while (p.mergeBest(false)) {
      // packing merges
    }
    return p.parts();
  }

  /** Merges one pair; with {@code gainOnly}, only a pair whose merge raises modularity. */
  private boolean mergeBest(boolean gainOnly) {
    long best = bestPair(gainOnly);
    if (best < 0) {
      return !gainOnly && mergeSmallest();
    }
    merge((int) (best >> 32), (int) best);
    return true;
  }

  /**
   * The tied pair that fits and scores highest, as (lower root << 32) | higher root, or -1 if none scores above
   * the floor: the best of each part's best pair as the lower root.
   */
  private long bestPair(boolean gainOnly) {
    long best = -1;
    double bestScore = gainOnly ? GAIN_FLOOR : PACKING_FLOOR;
    for (int a = 0; a < membersOf.length; a++) {
      if (membersOf[a] == null) {
        continue;
      }
      if (bestPairOf[a] == STALE) {
        rescore(a, gainOnly);
      }
      if (beats(bestScoreOf[a], bestPairOf[a], bestScore, best)) {
        bestScore = bestScoreOf[a];
        best = bestPairOf[a];
      }
    }
    return best;
  }

  /** Finds part {@code a}'s best pair with a part of higher root. */
  private void rescore(int a, boolean gainOnly) {
    long best = -1;
    double bestScore = gainOnly ? GAIN_FLOOR : PACKING_FLOOR;
    for (Map.Entry<Integer, Double> tie : tiesOf.get(a).entrySet()) {
      int b = tie.getKey();
      long key = ((long) a << 32) | b;
      if (a < b && lines[a] + lines[b] <= cap && !alone[a] && !alone[b]) {
        double score = score(a, b, tie.getValue(), gainOnly);
        if (beats(score, key, bestScore, best)) {
          bestScore = score;
          best = key;
        }
      }
    }
    bestPairOf[a] = best;
    bestScoreOf[a] = bestScore;
  }

  /**
   * Whether pair {@code key} (-1: none) beats the best so far. Of pairs scoring the same, the one of lowest roots
   * (smallest key) wins: equal scores are common, and the order of a hash map would decide them otherwise.
   */
  private static boolean beats(double score, long key, double bestScore, long best) {
    return key >= 0 && (score > bestScore || score == bestScore && key < best);
  }

  private double score(int a, int b, double weight, boolean gainOnly) {
    return gainOnly ? weight / total - 2 * (degree[a] / (2 * total)) * (degree[b] / (2 * total))
        : weight - (lines[a] + lines[b]) * 1e-9;
  }

  /** Merges the two parts of fewest lines (of equal lines, the lower root first) if they fit together. */
  private boolean mergeSmallest() {
    int smallest = -1;
    int second = -1;
    for (int root = 0; root < membersOf.length; root++) {
      if (membersOf[root] == null || alone[root]) {
        continue;
      }
      if (smallest < 0 || lines[root] < lines[smallest]) {
        second = smallest;
        smallest = root;
      } else if (second < 0 || lines[root] < lines[second]) {
        second = root;
      }
    }
    if (second < 0 || lines[smallest] + lines[second] > cap) {
      return false;
    }
    merge(smallest, second);
    return true;
  }

  private void merge(int a, int b) {
    for (int member : membersOf[b]) {
      partOf[member] = a;
    }
    int[] merged = Arrays.copyOf(membersOf[a], membersOf[a].length + membersOf[b].length);
    System.arraycopy(membersOf[b], 0, merged, membersOf[a].length, membersOf[b].length);
    Arrays.sort(merged);
    membersOf[a] = merged;
    membersOf[b] = null;
    lines[a] += lines[b];
    degree[a] += degree[b];
    bestPairOf[a] = STALE;
    untie(a);
    untie(b);
    Map<Integer, Double> weights = weightsTo(a);
    tiesOf.set(a, weights);
    weights.forEach((other, weight) -> tiesOf.get(other).put(a, weight));
  }

  /** Drops the part's ties; a part of lower root tied to it must find its best pair again. */
  private void untie(int part) {
    for (int other : tiesOf.get(part).keySet()) {
      tiesOf.get(other).remove(part);
      if (other < part) {
        bestPairOf[other] = STALE;
      }
    }
    tiesOf.set(part, Map.of());
  }

  /**
   * The weight between {@code part} and each part tied to it. Each is summed in one order, over the members of
   * the part of lower root and their ties: whatever merges made the two parts, the sum is the same to the last
   * bit, and so are the scores that it decides between.
   */
  private Map<Integer, Double> weightsTo(int part) {
    Map<Integer, Double> weights = new HashMap<>();
    for (int member : membersOf[part]) {
      for (int k = 0; k < neighbours[member].length; k++) {
        int other = partOf[neighbours[member][k]];
        if (other > part) {
          weights.merge(other, tieWeights[member][k], Double::sum);
        } else if (other < part && !weights.containsKey(other)) {
          weights.put(other, weightFrom(other, part));
        }
      }
    }
    return weights;
  }

  /** The weight of the ties from the members of {@code lower} into {@code higher}, in member order. */
  private double weightFrom(int lower, int higher) {
    double sum = 0;
    for (int member : membersOf[lower]) {
      for (int k = 0; k < neighbours[member].length; k++) {
        if (partOf[neighbours[member][k]] == higher) {
          sum += tieWeights[member][k];
        }
      }
    }
    return sum;
  }

  private List<List<Integer>> parts() {
    Map<Integer, List<Integer>> byRoot = new HashMap<>();
    for (int i = 0; i < partOf.length; i++) {
      byRoot.computeIfAbsent(partOf[i], k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> parts = new ArrayList<>(byRoot.values());
    parts.sort(Comparator.comparingInt(part -> graph.member(part.get(0)).startLine()));
    return parts;
  }
}
