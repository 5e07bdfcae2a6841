package dev.perfscope.lang;

import dev.perfscope.model.SourceMetrics;
import java.util.List;
import java.util.Optional;

/**
 * One language: its name, the file extensions it claims and how to measure one file's text. Implementations
 * are stateless and thread-safe; a file that does not parse yields a {@code parseError}, never an exception.
 * Work that grows with the file calls {@link Cancellation#checkpoint()} as it goes (its parser's input, its
 * loop over units), so that a file given up on stops.
 */
public interface LanguageAnalyzer {

  /** The name used in reports: {@code java}, {@code python}, {@code text}. */
  String name();

  /** File name extensions this language claims, with the dot ({@code .java}). */
  List<String> extensions();

  SourceMetrics analyze(SourceText source);

  /**
   * Loads what {@link #analyze} needs before any file is measured, so that loading a parser does not count
   * against the first file's parse budget. Nothing by default.
   */
  default void load() {}

  /**
   * The module the file at {@code path} (relative to the analysis root, forward slashes) is, when this
   * language's modules are files imported by their path; empty by default, and for any other file.
   */
  default Optional<ModuleFile> module(String path) {
    return Optional.empty();
  }

  /**
   * Folders, relative to a project's base directory, where this language's sources conventionally live though
   * a Java build tool does not list them as source roots ({@code src/main/python}); analyzed when present.
   * None by default.
   */
  default List<String> sourceFolders() {
    return List.of();
  }
}
