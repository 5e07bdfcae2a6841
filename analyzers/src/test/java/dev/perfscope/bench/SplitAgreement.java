package dev.perfscope.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * How far a split agrees with a reference split of the same members, each split given as member -> part number.
 * Pairwise: over the pairs of members put in one part, precision (of the split's pairs, how many the reference
 * also puts together), recall and F1. MoJoFM (Wen and Tzerpos, 2004): 100 less the share of the most move and
 * join operations any split could need that this split needs to become the reference.
 */
final class SplitAgreement {
  record Score(double precision, double recall, double f1) {}

  private SplitAgreement() {}

  /** Part numbers for the members of a member -> file map, one per file in order of first appearance. */
  static Map<String, Integer> labels(Map<String, String> fileOf) {
    Map<String, Integer> numbers = new HashMap<>();
    Map<String, Integer> labels = new LinkedHashMap<>();
    fileOf.forEach((member, file) -> labels.put(member, numbers.computeIfAbsent(file, k -> numbers.size())));
    return labels;
  }

  /** Part numbers for the {@code kept} members of a split given as lists of member names. */
  static Map<String, Integer> labels(List<List<String>> parts, Set<String> kept) {
    Map<String, Integer> labels = new LinkedHashMap<>();
    for (int p = 0; p < parts.size(); p++) {
      for (String member : parts.get(p)) {
        if (kept.contains(member)) {
          labels.put(member, p);
        }
      }
    }
    return labels;
  }

  static Score pairwise(Map<String, Integer> split, Map<String, Integer> reference) {
    List<String> members = new ArrayList<>(reference.keySet());
    long both = 0;
    long inSplit = 0;
    long inReference = 0;
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        boolean together = split.get(members.get(i)).equals(split.get(members.get(j)));
        boolean meant = reference.get(members.get(i)).equals(reference.get(members.get(j)));
        both += together && meant ? 1 : 0;
        inSplit += together ? 1 : 0;
        inReference += meant ? 1 : 0;
      }
    }
    double precision = inSplit == 0 ? 1 : (double) both / inSplit;
    double recall = inReference == 0 ? 1 : (double) both / inReference;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(precision, recall, f1);
  }

  /**
   * MoJoFM of {@code split} towards {@code reference}. Each part of the split is tagged with the reference part it
   * shares most members with (ties decided by a maximum matching, so that as many reference parts as possible are
   * tagged); the members outside their part's tag move, and the parts sharing a tag join: moves + joins = the
   * distance. The most any split can need is n - g, g counting reference parts in ascending size while g stays
   * below the size.
   */
  static double mojoFm(Map<String, Integer> split, Map<String, Integer> reference) {
    int n = reference.size();
    int parts = split.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    int refs = reference.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    int[][] shared = new int[parts][refs];
    reference.forEach((member, ref) -> shared[split.get(member)][ref]++);
    int kept = 0;
    int used = 0;
    List<List<Integer>> best = new ArrayList<>();
    for (int[] row : shared) {
      int max = Arrays.stream(row).max().orElse(0);
      if (max == 0) {
        best.add(List.of());
        continue;
      }
      used++;
      kept += max;
      List<Integer> ties = new ArrayList<>();
      for (int r = 0; r < refs; r++) {
        if (row[r] == max) {
          ties.add(r);
        }
      }
      best.add(ties);
    }
    int groups = maximumMatching(best, refs);
    int distance = (n - kept) + (used - groups);
    int[] sizes = new int[refs];
    reference.values().forEach(r -> sizes[r]++);
    Arrays.sort(sizes);
    int g = 0;
    for (int size : sizes) {
      if (g < size) {
        g++;
      }
    }
    int most = n - g;
    return most == 0 ? 100 : 100.0 * (1 - (double) distance / most);
  }

  /** The size of a maximum matching of parts to reference parts (Kuhn's augmenting paths). */
  private static int maximumMatching(List<List<Integer>> options, int refs) {
    int[] matchedTo = new int[refs];
    Arrays.fill(matchedTo, -1);
    int matched = 0;
    for (int p = 0; p < options.size(); p++) {
      if (augment(p, options, matchedTo, new boolean[refs])) {
        matched++;
      }
    }
    return matched;
  }

  private static boolean augment(int p, List<List<Integer>> options, int[] matchedTo, boolean[] seen) {
    for (int r : options.get(p)) {
      if (!seen[r]) {
        seen[r] = true;
        if (matchedTo[r] < 0 || augment(matchedTo[r], options, matchedTo, seen)) {
          matchedTo[r] = p;
          return true;
        }
      }
    }
    return false;
  }

  /** Pairwise F1 and MoJoFM of placing each member in one of {@code parts} parts at random, mean over seeds. */
  static double[] random(Map<String, Integer> reference, int parts, int seeds) {
    double f1 = 0;
    double mojo = 0;
    for (int seed = 0; seed < seeds; seed++) {
      Random random = new Random(seed);
      Map<String, Integer> placed = new LinkedHashMap<>();
      reference.keySet().forEach(member -> placed.put(member, random.nextInt(parts)));
      Map<String, Integer> compact = compact(placed);
      f1 += pairwise(compact, reference).f1();
      mojo += mojoFm(compact, reference);
    }
    return new double[] {f1 / seeds, mojo / seeds};
  }

  /** The same split with its parts numbered 0.. without gaps. */
  static Map<String, Integer> compact(Map<String, Integer> split) {
    Map<Integer, Integer> numbers = new HashMap<>();
    Map<String, Integer> out = new LinkedHashMap<>();
    split.forEach((member, part) -> out.put(member, numbers.computeIfAbsent(part, k -> numbers.size())));
    return out;
  }
}
