package dev.perfscope.advice;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** The connected components of a member graph, each in member order, in order of their first member. */
final class Components {
  private Components() {}

  static List<List<Integer>> of(MemberGraph graph) {
    int[] component = new int[graph.size()];
    Arrays.fill(component, -1);
    List<List<Integer>> components = new ArrayList<>();
    for (int start = 0; start < graph.size(); start++) {
      if (component[start] < 0) {
        components.add(reachable(graph, start, component, components.size()));
      }
    }
    return components;
  }

  /** The members reachable from {@code start}, each marked with {@code id} in {@code component}. */
  private static List<Integer> reachable(MemberGraph graph, int start, int[] component, int id) {
    List<Integer> members = new ArrayList<>();
    Deque<Integer> todo = new ArrayDeque<>(List.of(start));
    component[start] = id;
    while (!todo.isEmpty()) {
      int i = todo.pop();
      members.add(i);
      for (int j : graph.ties(i).keySet()) {
        if (component[j] < 0) {
          component[j] = id;
          todo.push(j);
        }
      }
    }
    members.sort(null);
    return members;
  }
}
