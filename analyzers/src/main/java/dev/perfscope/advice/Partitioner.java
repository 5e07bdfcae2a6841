package dev.perfscope.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a member graph into parts of at most {@code cap} lines. First agglomerative modularity clustering
 * (Clauset-Newman-Moore): starting from one part per member, merge the two tied parts whose merge raises
 * modularity most, while the merged part fits the cap. Then packing: merge the most strongly tied pair that
 * still fits (or, with no tie left, the two smallest), until no pair fits, so there are as few parts as the cap
 * allows. A member larger than the cap stays alone. Parts come in source order of their first member.
 */
final class Partitioner {
  private final MemberGraph graph;
  private final int[] partOf;
  private final int[] lines;
  private final double[] degree;
  private final double total;

  private Partitioner(MemberGraph graph) {
    this.graph = graph;
    int n = graph.size();
    partOf = new int[n];
    lines = new int[n];
    degree = new double[n];
    for (int i = 0; i < n; i++) {
      partOf[i] = i;
      lines[i] = graph.lines(i);
      degree[i] = graph.ties(i).values().stream().mapToDouble(Double::doubleValue).sum();
    }
    total = graph.totalWeight();
  }

  static List<List<Integer>> partition(MemberGraph graph, int cap) {
    Partitioner p = new Partitioner(graph);
    while (p.mergeBest(cap, true)) {
      // modularity-raising merges
    }
    while (p.mergeBest(cap, false)) {
      // packing merges
    }
    return p.parts();
  }

  /**
   * Merges one pair; with {@code gainOnly}, only a pair whose merge raises modularity. Of pairs scoring the
   * same, the one of lowest roots (smallest key): equal scores are common, and the iteration order of a hash
   * map would decide them otherwise.
   */
  private boolean mergeBest(int cap, boolean gainOnly) {
    Map<Long, Double> between = between();
    long best = -1;
    double bestScore = gainOnly ? 1e-12 : -1;
    for (Map.Entry<Long, Double> e : between.entrySet()) {
      int a = (int) (e.getKey() >> 32);
      int b = (int) (e.getKey() & 0xffffffffL);
      if (lines[a] + lines[b] <= cap) {
        double score = gainOnly ? e.getValue() / total - 2 * (degree[a] / (2 * total)) * (degree[b] / (2 * total))
            : e.getValue() - (lines[a] + lines[b]) * 1e-9;
        if (score > bestScore || score == bestScore && e.getKey() < best) {
          bestScore = score;
          best = e.getKey();
        }
      }
    }
    if (best < 0 && !gainOnly) {
      return mergeSmallest(cap);
    }
    if (best < 0) {
      return false;
    }
    merge((int) (best >> 32), (int) (best & 0xffffffffL));
    return true;
  }

  private boolean mergeSmallest(int cap) {
    List<Integer> roots = roots();
    roots.sort(Comparator.comparingInt(r -> lines[r]));
    if (roots.size() < 2 || lines[roots.get(0)] + lines[roots.get(1)] > cap) {
      return false;
    }
    merge(roots.get(0), roots.get(1));
    return true;
  }

  /** The weight between every two tied parts, keyed by (lower root, higher root). */
  private Map<Long, Double> between() {
    Map<Long, Double> between = new HashMap<>();
    for (int i = 0; i < graph.size(); i++) {
      for (Map.Entry<Integer, Double> tie : graph.ties(i).entrySet()) {
        int a = partOf[i];
        int b = partOf[tie.getKey()];
        if (a < b) {
          between.merge(((long) a << 32) | b, tie.getValue(), Double::sum);
        }
      }
    }
    return between;
  }

  private void merge(int a, int b) {
    for (int i = 0; i < partOf.length; i++) {
      if (partOf[i] == b) {
        partOf[i] = a;
      }
    }
    lines[a] += lines[b];
    degree[a] += degree[b];
  }

  private List<Integer> roots() {
    List<Integer> roots = new ArrayList<>();
    for (int i = 0; i < partOf.length; i++) {
      if (partOf[i] == i) {
        roots.add(i);
      }
    }
    return roots;
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
