package dev.perfscope.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parts of a few fields and nothing else: left over when every part they are tied to is already at the cap (the
 * class's API, which cannot leave, often is), they would make a file of three lines holding the state the class's
 * methods work on ({@code AtomicIntegerArray}'s {@code array}), which no one splits out. Such a part joins the
 * part it is most tied to, over the cap by its few lines.
 */
final class SmallParts {
  /** A part of fields under this fraction of the cap (45 lines of the default 450) is small. */
  static final int OF_CAP = 10;

  private SmallParts() {}

  /** {@code parts} with each part of fields under {@code minLines} merged into the part most tied to it, if any. */
  static List<List<Integer>> merge(MemberGraph graph, List<List<Integer>> parts, int minLines) {
    List<List<Integer>> merged = new ArrayList<>();
    parts.forEach(part -> merged.add(new ArrayList<>(part)));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int p = 0; p < merged.size() && !changed; p++) {
        List<Integer> part = merged.get(p);
        if (part.stream().mapToInt(graph::lines).sum() >= minLines
            || !part.stream().allMatch(i -> graph.member(i).kind().equals("field"))) {
          continue;
        }
        int target = mostTied(graph, merged, p);
        if (target >= 0) {
          merged.get(target).addAll(part);
          merged.get(target).sort(null);
          merged.remove(p);
          changed = true;
        }
      }
    }
    return merged;
  }

  /** The other part with the most weight of ties to part {@code p}; -1 when none is tied to it. */
  private static int mostTied(MemberGraph graph, List<List<Integer>> parts, int p) {
    int[] partOf = SplitQuality.partOf(graph.size(), parts);
    double[] weight = new double[parts.size()];
    for (int i : parts.get(p)) {
      for (Map.Entry<Integer, Double> tie : graph.ties(i).entrySet()) {
        if (partOf[tie.getKey()] != p) {
          weight[partOf[tie.getKey()]] += tie.getValue();
        }
      }
    }
    int best = -1;
    for (int q = 0; q < parts.size(); q++) {
      if (weight[q] > 0 && (best < 0 || weight[q] > weight[best])) {
        best = q;
      }
    }
    return best;
  }
}
