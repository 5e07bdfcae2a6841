package dev.perfscope.model;

import java.util.List;
import java.util.Objects;

/**
 * One analyzed file: where it is (relative to the analysis root, forward slashes), its language, its
 * line counts, its units, what went wrong reading it ({@code parseError}, {@code decodeError}), and the
 * suppressions its code declares; {@code structure} is what advice reads (kept out of the JSON report, kept in
 * the cache).
 */
public record FileMetrics(
    String path,
    String language,
    int lines,
    int code,
    int comment,
    int blank,
    int types,
    Problem parseError,
    Problem decodeError,
    List<FunctionMetrics> functions,
    List<Suppression> suppressions,
    Structure structure) {

  public FileMetrics {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(language, "language");
    new LineCounts(lines, code, comment, blank); // validates the split
    functions = List.copyOf(functions);
    suppressions = suppressions == null ? List.of() : List.copyOf(suppressions); // absent from older reports
    structure = structure == null ? Structure.EMPTY : structure; // not in the JSON report
  }


  public static FileMetrics of(String path, String language, SourceMetrics source, Problem decodeError) {
    LineCounts counts = source.lines();
    return new FileMetrics(
        path,
        language,
        counts.physical(),
        counts.code(),
        counts.comment(),
        counts.blank(),
        source.types(),
        source.parseError(),
        decodeError,
        source.functions(),
        source.suppressions(),
        source.structure());
  }
}
