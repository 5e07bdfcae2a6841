package dev.perfscope.model;

import java.util.List;
import java.util.Objects;

/**
 * One analyzed file: where it is (relative to the analysis root, forward slashes), its language, its
 * {@link FileKind kind}, its line counts, its units, what went wrong reading it ({@code parseError},
 * {@code decodeError}), the suppressions its code declares, what git says about it ({@code history}, null
 * outside a git work tree or when history is off), a {@code note} when a limit kept it from being fully measured (null: measured in
 * full), its {@code structure}, what advice reads (kept out of the JSON report, kept in the cache), and its
 * {@code health} (null until the findings are known, and for a text file; not kept in the cache, since it
 * depends on the thresholds).
 */
public record FileMetrics(
    String path,
    String language,
    FileKind kind,
    int lines,
    int code,
    int comment,
    int blank,
    int types,
    Problem parseError,
    Problem decodeError,
    List<FunctionMetrics> functions,
    List<Suppression> suppressions,
    FileHistory history,
    Problem note,
    Structure structure,
    Health health) {
  /**
   * The language of a file no language claims, which is measured as text: its lines counted (every non-blank
   * one is code), nothing parsed. The registry's fallback takes its name from here.
   */
  public static final String TEXT = "text";

  public FileMetrics {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(language, "language");
    kind = kind == null ? FileKind.of(path) : kind; // absent from older reports
    new LineCounts(lines, code, comment, blank); // validates the split
    functions = List.copyOf(functions);
    suppressions = suppressions == null ? List.of() : List.copyOf(suppressions); // absent from older reports
    structure = structure == null ? Structure.EMPTY : structure; // not in the JSON report
  }

  /** A file not yet scored: the record's components but the last, in their order. */
  @SuppressWarnings("perf:parameters") // mirrors the record's components, like the canonical constructor
  public FileMetrics(String path, String language, FileKind kind, int lines, int code, int comment, int blank,
      int types, Problem parseError, Problem decodeError, List<FunctionMetrics> functions,
      List<Suppression> suppressions, FileHistory history, Problem note, Structure structure) {
    this(path, language, kind, lines, code, comment, blank, types, parseError, decodeError, functions, suppressions,
        history, note, structure, null);
  }

  /**
   * Whether a language parsed the file (successfully or not) for its types and functions, rather than
   * counting its lines as {@link #TEXT}.
   */
  public boolean parsedByLanguage() {
    return !TEXT.equals(language);
  }

  public FileMetrics withHistory(FileHistory fileHistory) {
    return new FileMetrics(path, language, kind, lines, code, comment, blank, types, parseError, decodeError,
        functions, suppressions, fileHistory, note, structure, health);
  }

  /** A copy carrying this note. */
  public FileMetrics withNote(Problem added) {
    return new FileMetrics(path, language, kind, lines, code, comment, blank, types, parseError, decodeError,
        functions, suppressions, history, added, structure, health);
  }

  /** A copy carrying its health score. */
  public FileMetrics withHealth(Health scored) {
    return new FileMetrics(path, language, kind, lines, code, comment, blank, types, parseError, decodeError,
        functions, suppressions, history, note, structure, scored);
  }

  public static FileMetrics of(String path, String language, SourceMetrics source, Problem decodeError) {
    return of(path, language, FileKind.of(path), source, decodeError);
  }

  /** A file of a kind known beyond its name (see {@link FileKind#of(String, String)}). */
  public static FileMetrics of(String path, String language, FileKind kind, SourceMetrics source,
      Problem decodeError) {
    LineCounts counts = source.lines();
    return new FileMetrics(
        path,
        language,
        kind,
        counts.physical(),
        counts.code(),
        counts.comment(),
        counts.blank(),
        source.types(),
        source.parseError(),
        decodeError,
        source.functions(),
        source.suppressions(),
        null,
        null,
        source.structure());
  }
}
