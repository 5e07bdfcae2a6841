package dev.perfscope.model;

import java.util.List;

/**
 * How a file is built, as a language sees it: its members, the edges between them, and the candidate blocks
 * for extraction in its larger functions. Advice reads only this; a language provides it without knowing why.
 * {@code declares} and {@code uses} tell which files depend on which: for Java the qualified names of the
 * file's top-level types, and the qualified names of the types it refers to (imported, or of its own package
 * or {@code java.lang} when used by simple name); for Python nothing (a module is known by its path), and the
 * modules or names it imports, as written ({@code textual.app.App}, {@code ..css.styles}).
 */
public record Structure(List<Member> members, List<Edge> edges, List<Block> blocks, List<String> declares,
    List<String> uses) {
  public static final Structure EMPTY = new Structure(List.of(), List.of(), List.of(), List.of(), List.of());

  public Structure {
    members = members == null ? List.of() : List.copyOf(members);
    edges = edges == null ? List.of() : List.copyOf(edges);
    blocks = blocks == null ? List.of() : List.copyOf(blocks);
    declares = declares == null ? List.of() : List.copyOf(declares);
    uses = uses == null ? List.of() : List.copyOf(uses);
  }

  public Structure(List<Member> members, List<Edge> edges, List<Block> blocks) {
    this(members, edges, blocks, List.of(), List.of());
  }
}
