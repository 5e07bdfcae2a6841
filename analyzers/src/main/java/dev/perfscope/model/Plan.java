package dev.perfscope.model;

import java.util.List;
import java.util.Objects;

/**
 * How to carry out a recommendation. A split lists its {@code parts}, the {@code crossEdges} between them (the
 * imports the split creates) and the part that {@code staysBehind} in the original file or class; an
 * extraction lists its {@code blocks}; a parameter object lists its {@code parameters} and the
 * {@code functions} that would take it. What a kind does not use is empty ({@code crossEdges}: null), and
 * left out of the JSON.
 */
public record Plan(
    List<Part> parts, List<CrossEdge> crossEdges, String staysBehind, List<Block> blocks, List<String> parameters,
    List<String> functions) {

  /**
   * One part of a split: its proposed name, its members and their lines, and what it must import from the other
   * parts (from the dependencies that would cross parts).
   */
  public record Part(String name, List<String> members, int lines, List<Import> imports) {
    public Part {
      Objects.requireNonNull(name, "name");
      members = List.copyOf(members);
      imports = imports == null ? List.of() : List.copyOf(imports);
    }

    public Part(String name, List<String> members, int lines) {
      this(name, members, lines, List.of());
    }
  }

  /** The names a part uses from part {@code from}: members without their type ({@code parse} for {@code P.parse}). */
  public record Import(String from, List<String> names) {
    public Import {
      Objects.requireNonNull(from, "from");
      names = List.copyOf(names);
    }
  }

  /** A dependency that would cross parts: member {@code from} in part {@code fromPart} uses {@code to}. */
  public record CrossEdge(String fromPart, String toPart, String from, String to, String kind) {}

  public Plan {
    parts = parts == null ? List.of() : List.copyOf(parts);
    crossEdges = crossEdges == null ? null : List.copyOf(crossEdges); // null: not a split
    blocks = blocks == null ? List.of() : List.copyOf(blocks);
    parameters = parameters == null ? List.of() : List.copyOf(parameters);
    functions = functions == null ? List.of() : List.copyOf(functions);
  }

  public static Plan split(List<Part> parts, List<CrossEdge> crossEdges, String staysBehind) {
    return new Plan(parts, crossEdges, staysBehind, List.of(), List.of(), List.of());
  }

  public static Plan extraction(List<Block> blocks) {
    return new Plan(List.of(), null, null, blocks, List.of(), List.of());
  }

  public static Plan parameterObject(List<String> parameters, List<String> functions) {
    return new Plan(List.of(), null, null, List.of(), parameters, functions);
  }
}
