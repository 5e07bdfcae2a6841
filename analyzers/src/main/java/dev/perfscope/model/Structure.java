package dev.perfscope.model;

import java.util.List;

/**
 * How a file is built, as a language sees it: its members, the edges between them, and the candidate blocks
 * for extraction in its larger functions. Advice reads only this; a language provides it without knowing why.
 */
public record Structure(List<Member> members, List<Edge> edges, List<Block> blocks) {
  public static final Structure EMPTY = new Structure(List.of(), List.of(), List.of());

  public Structure {
    members = members == null ? List.of() : List.copyOf(members);
    edges = edges == null ? List.of() : List.copyOf(edges);
    blocks = blocks == null ? List.of() : List.copyOf(blocks);
  }
}
