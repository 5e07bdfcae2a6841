package dev.perfscope.model;

import java.util.List;
import java.util.Map;

/**
 * How a file is built, as a language sees it: its members, the edges between them, and the candidate blocks
 * for extraction in its larger functions. Advice reads only this; a language provides it without knowing why.
 * {@code declares} and {@code uses} tell which files depend on which: for Java the qualified names of the
 * file's top-level types, and the qualified names of the types it refers to (imported, or of its own package
 * or {@code java.lang} when used by simple name); for Python nothing (a module is known by its path), and the
 * modules or names it imports, as written ({@code textual.app.App}, {@code ..css.styles}). {@code tokens} is
 * the file's code as the duplicate detector reads it ({@link CodeTokens#NONE} when the language gives none).
 * {@code memberUses} are the simple names of the members the file reaches on something else, by name only: Java's
 * {@code x.insert(...)}, {@code x.state}, {@code X::insert}, whatever {@code x} is; what a file uses of the files
 * it depends on, for split plans to keep together the members the same files use (empty when the language gives
 * none). {@code deprecated}: the file says all of its code is to be removed (Java: every top-level type is
 * {@code @Deprecated}; Kotlin: every public declaration is; Python: the module warns at import that it is
 * deprecated; JavaScript: its file comment says so), so it gets no advice. {@code unitNotes}: by a unit's line,
 * what it holds that no refactoring of its code changes ({@link UnitNotes}); none where a language has nothing
 * of the kind. {@code subclasses}: the file's types that extend a class, with the methods they declare
 * ({@link Subclass}); empty where the language gives none. {@code versionedApi}: a public type of the file documents
 * the version each part of its API appeared in (Java's {@code @since}), as a library's published API does, whose
 * callers are outside the analyzed tree.
 */
public record Structure(List<Member> members, List<Edge> edges, List<Block> blocks, List<String> declares,
    List<String> uses, CodeTokens tokens, List<String> memberUses, boolean deprecated,
    Map<Integer, UnitNotes> unitNotes, List<Subclass> subclasses, boolean versionedApi) {
  public static final Structure EMPTY = new Structure(List.of(), List.of(), List.of(), List.of(), List.of());

  public Structure {
    members = members == null ? List.of() : List.copyOf(members);
    edges = edges == null ? List.of() : List.copyOf(edges);
    blocks = blocks == null ? List.of() : List.copyOf(blocks);
    declares = declares == null ? List.of() : List.copyOf(declares);
    uses = uses == null ? List.of() : List.copyOf(uses);
    tokens = tokens == null ? CodeTokens.NONE : tokens; // absent from older caches
    memberUses = memberUses == null ? List.of() : List.copyOf(memberUses);
    unitNotes = unitNotes == null ? Map.of() : Map.copyOf(unitNotes); // absent from older caches
    subclasses = subclasses == null ? List.of() : List.copyOf(subclasses);
  }

  public Structure(List<Member> members, List<Edge> edges, List<Block> blocks, List<String> declares,
      List<String> uses, CodeTokens tokens) {
    this(members, edges, blocks, declares, uses, tokens, List.of(), false, Map.of(), List.of(), false);
  }

  public Structure(List<Member> members, List<Edge> edges, List<Block> blocks, List<String> declares,
      List<String> uses) {
    this(members, edges, blocks, declares, uses, CodeTokens.NONE);
  }

  /** This structure with the file's {@code tokens}. */
  public Structure withTokens(CodeTokens code) {
    return new Structure(members, edges, blocks, declares, uses, code, memberUses, deprecated, unitNotes, subclasses,
        versionedApi);
  }

  /** This structure of a file whose code is all deprecated. */
  public Structure asDeprecated() {
    return new Structure(members, edges, blocks, declares, uses, tokens, memberUses, true, unitNotes, subclasses,
        versionedApi);
  }

  /** This structure with what its units hold that no refactoring of their code changes, by the unit's line. */
  public Structure withUnitNotes(Map<Integer, UnitNotes> notes) {
    return new Structure(members, edges, blocks, declares, uses, tokens, memberUses, deprecated, notes, subclasses,
        versionedApi);
  }

  /** This structure with the file's types that extend a class. */
  public Structure withSubclasses(List<Subclass> extending) {
    return new Structure(members, edges, blocks, declares, uses, tokens, memberUses, deprecated, unitNotes, extending,
        versionedApi);
  }

  /** What the unit at {@code line} holds that no refactoring of its code changes. */
  public UnitNotes notesAt(int line) {
    return unitNotes.getOrDefault(line, UnitNotes.NONE);
  }

  public Structure(List<Member> members, List<Edge> edges, List<Block> blocks) {
    this(members, edges, blocks, List.of(), List.of());
  }
}
