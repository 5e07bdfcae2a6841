package dev.perfscope.lang;

import dev.perfscope.model.Edge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The uses one member makes, counted by kind and target as a language's edge finder meets them, in the order
 * first met; they become that member's {@link Edge}s, leaving out its uses of itself.
 */
public final class EdgeCounts {
  /** Hashes and compares by hand: a record's generated methods are slow until the JIT has compiled them. */
  private record Key(String kind, String to) {
    @Override
    public int hashCode() {
      return 31 * kind.hashCode() + to.hashCode();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && kind.equals(key.kind) && to.equals(key.to);
    }
  }

  /** What a language's edge finder counts in one root of a member's code. */
  @FunctionalInterface
  public interface RootUses {
    void count(String member, int root, EdgeCounts counts);
  }

  private final Map<Key, Integer> counts = new LinkedHashMap<>();

  /**
   * The edges of each member of {@code code} (its name to the roots of its code, in order), the uses in each root
   * counted by {@code uses}: the walk the tree-sitter languages share.
   */
  public static List<Edge> perMember(Map<String, List<Integer>> code, RootUses uses) {
    List<Edge> edges = new ArrayList<>();
    code.forEach((name, roots) -> {
      EdgeCounts counts = new EdgeCounts();
      for (int root : roots) {
        uses.count(name, root, counts);
      }
      counts.addEdges(name, edges);
    });
    return edges;
  }

  public void add(String kind, String to) {
    counts.merge(new Key(kind, to), 1, Integer::sum);
  }

  /** Adds the edges from {@code from} to {@code edges}. */
  public void addEdges(String from, List<Edge> edges) {
    counts.forEach((key, count) -> {
      if (!key.to().equals(from)) {
        edges.add(new Edge(from, key.to(), key.kind(), count));
      }
    });
  }
}
