package dev.perfscope.advice;

import dev.perfscope.model.Edge;
import dev.perfscope.model.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How good a split of a file's members is: its modularity, and how many call, field and type edges cross its
 * parts (each one an import the split creates), beside the naive split by source order into as many parts.
 */
public final class SplitQuality {
  private SplitQuality() {}

  /**
   * Newman's modularity of a partition: the share of tie weight inside parts minus what random ties with the
   * same degrees would put there. 0 for no structure, near 1 for parts with nothing between them.
   */
  static double modularity(MemberGraph graph, List<List<Integer>> parts) {
    double total = graph.totalWeight();
    if (total == 0) {
      return 0;
    }
    int[] partOf = partOf(graph.size(), parts);
    double q = 0;
    for (List<Integer> part : parts) {
      double inside = 0;
      double degree = 0;
      for (int i : part) {
        for (Map.Entry<Integer, Double> tie : graph.ties(i).entrySet()) {
          degree += tie.getValue();
          inside += partOf[tie.getKey()] == partOf[i] ? tie.getValue() : 0;
        }
      }
      q += inside / 2 / total - Math.pow(degree / (2 * total), 2);
    }
    return q;
  }

  /** The call, field and type edges between members of different parts (parts as lists of member names). */
  public static int crossEdges(List<Edge> edges, List<List<String>> parts) {
    Map<String, Integer> partOf = new HashMap<>();
    for (int p = 0; p < parts.size(); p++) {
      for (String member : parts.get(p)) {
        partOf.put(member, p);
      }
    }
    int crossing = 0;
    for (Edge edge : edges) {
      Integer from = partOf.get(edge.from());
      Integer to = partOf.get(edge.to());
      if (!edge.isImport() && from != null && to != null && !from.equals(to)) {
        crossing++;
      }
    }
    return crossing;
  }

  /** The members cut in source order into {@code count} runs of about equal lines. */
  public static List<List<String>> bySourceOrder(List<Member> members, int count) {
    List<Member> ordered = new ArrayList<>(members);
    ordered.sort((a, b) -> Integer.compare(a.startLine(), b.startLine()));
    int total = ordered.stream().mapToInt(Member::lines).sum();
    List<List<String>> parts = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      parts.add(new ArrayList<>());
    }
    int seen = 0;
    for (Member member : ordered) {
      int p = Math.min(count - 1, (int) ((long) seen * count / Math.max(1, total)));
      parts.get(p).add(member.name());
      seen += member.lines();
    }
    return parts;
  }

  static int[] partOf(int size, List<List<Integer>> parts) {
    int[] partOf = new int[size];
    for (int p = 0; p < parts.size(); p++) {
      for (int i : parts.get(p)) {
        partOf[i] = p;
      }
    }
    return partOf;
  }
}
