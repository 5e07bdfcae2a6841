package dev.perfscope.model;

import java.util.List;
import java.util.Objects;

/**
 * How to carry out a recommendation. A split lists its {@code parts}, the {@code crossEdges} between them (the
 * imports the split creates) and the part that {@code staysBehind} in the original file or class; an
 * extraction lists its {@code blocks}; a parameter object lists its {@code parameters} and the
 * {@code functions} that would take it; an extraction of shared code its {@code shared} copies and their
 * proposed home. What a kind does not use is empty ({@code crossEdges}, {@code shared}: null), and left out of
 * the JSON.
 */
public record Plan(
    List<Part> parts, List<CrossEdge> crossEdges, String staysBehind, List<Block> blocks, List<String> parameters,
    List<String> functions, SharedCode shared) {

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

  /** One copy of duplicated code: its file and its first and last line. */
  public record Copy(String path, int line, int endLine) {
    public Copy {
      Objects.requireNonNull(path, "path");
    }

    public int lines() {
      return endLine - line + 1;
    }

    /** Whether this copy lies within {@code other}. */
    public boolean within(Copy other) {
      return path.equals(other.path) && line >= other.line && endLine <= other.endLine;
    }
  }

  /**
   * Code copied in several files: the {@code copies}, the {@code lines} the longest spans and its
   * {@code tokens}, and the module proposed to hold it, {@code home}: one the copies' files already import
   * ({@code homeExists}) or a new one.
   */
  public record SharedCode(List<Copy> copies, int lines, int tokens, String home, boolean homeExists) {
    public SharedCode {
      copies = List.copyOf(copies);
      Objects.requireNonNull(home, "home");
    }
  }

  public Plan(List<Part> parts, List<CrossEdge> crossEdges, String staysBehind, List<Block> blocks,
      List<String> parameters, List<String> functions) {
    this(parts, crossEdges, staysBehind, blocks, parameters, functions, null);
  }

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

  public static Plan sharedCode(SharedCode shared) {
    return new Plan(List.of(), null, null, List.of(), List.of(), List.of(), Objects.requireNonNull(shared));
  }
}
