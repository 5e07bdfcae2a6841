package dev.perfscope.advice;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The connected components of a member graph, each in member order, in order of their first member. */
final class Components {
  private Components() {}

  static List<List<Integer>> of(MemberGraph graph) {
    int[] component = new int[graph.size()];
    java.util.Arrays.fill(component, -1);
    List<List<Integer>> components = new ArrayList<>();
    for (int start = 0; start < graph.size(); start++) {
      if (component[start] < 0) {
        List<Integer> members = new ArrayList<>();
        Deque<Integer> todo = new ArrayDeque<>(List.of(start));
        component[start] = components.size();
        while (!todo.isEmpty()) {
          int i = todo.pop();
          members.add(i);
          for (int j : graph.ties(i).keySet()) {
            if (component[j] < 0) {
              component[j] = components.size();
              todo.push(j);
            }
          }
        }
        members.sort(null);
        components.add(members);
      }
    }
    return components;
  }
}
