package dev.perfscope.analysis;

import dev.perfscope.cache.ContentHash;
import dev.perfscope.cache.MetricsCache;
import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.Languages;
import dev.perfscope.lang.SourceText;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.LineCounts;
import dev.perfscope.model.Problem;
import dev.perfscope.model.SourceMetrics;
import dev.perfscope.sources.SourceFile;
import dev.perfscope.sources.SourceReader;
import dev.perfscope.sources.StreamedLines;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Stages 1 and 2 for one file: read it, skip it if binary, count only the lines of a file over the size
 * limit, reuse cached metrics for the same bytes, else decode and measure it within the parse budget.
 * Whatever goes wrong is reported on that file; nothing escapes. Thread-safe.
 */
final class FileMeasurer {
  private final Languages languages;
  private final SourceReader reader;
  private final MetricsCache cache; // null: no cache
  private final long maxFileSize;
  private final ParseBudget budget;

  FileMeasurer(Languages languages, SourceReader reader, MetricsCache cache, long maxFileSize, ParseBudget budget) {
    this.languages = languages;
    this.reader = reader;
    this.cache = cache;
    this.maxFileSize = maxFileSize;
    this.budget = budget;
  }

  /** The file's metrics, or empty for a binary file. */
  Optional<FileMetrics> measure(SourceFile file) {
    LanguageAnalyzer language = languages.forFile(file.relativePath());
    byte[] bytes;
    try {
      long size = Files.size(file.file());
      if (size > maxFileSize) {
        return oversized(file, language, size);
      }
      bytes = Files.readAllBytes(file.file());
    } catch (IOException | OutOfMemoryError e) {
      Problem unreadable = new Problem(1, 1, "cannot read file: " + e.getMessage());
      return Optional.of(linesOnly(file, language, LineCounts.EMPTY, unreadable));
    }
    if (SourceReader.looksBinary(bytes)) {
      return Optional.empty();
    }
    if (cache == null) {
      return Optional.of(analyze(file, language, bytes).metrics());
    }
    String hash = ContentHash.of(bytes);
    Optional<FileMetrics> cached = cache.get(file.relativePath(), hash);
    if (cached.isPresent()) {
      return cached;
    }
    Outcome outcome = analyze(file, language, bytes);
    if (outcome.repeatable()) {
      cache.put(file.relativePath(), hash, outcome.metrics());
    }
    return Optional.of(outcome.metrics());
  }

  /** Line counts only, streamed, with a note saying why. */
  private Optional<FileMetrics> oversized(SourceFile file, LanguageAnalyzer language, long size) throws IOException {
    Problem note = new Problem(1, 1, "file is " + size + " bytes, over maxFileSize (" + maxFileSize
        + " bytes): only its lines are counted");
    return StreamedLines.count(file.file())
        .map(lines -> linesOnly(file, language, lines, null).withNote(note));
  }

  private Outcome analyze(SourceFile file, LanguageAnalyzer language, byte[] bytes) {
    SourceReader.DecodedText text = reader.decode(bytes);
    SourceText source = new SourceText(text.text());
    SourceMetrics metrics;
    boolean repeatable = false;
    try {
      metrics = budget.run(() -> Objects.requireNonNull(language.analyze(source), "no metrics"));
      repeatable = true;
    } catch (TimeoutException e) {
      metrics = failed(source, "took longer than " + budget.describe() + " to analyze");
    } catch (ExecutionException e) {
      metrics = failed(source, failure(e.getCause()));
      repeatable = !(e.getCause() instanceof OutOfMemoryError);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      metrics = failed(source, "analysis interrupted");
    }
    return new Outcome(FileMetrics.of(file.relativePath(), language.name(), metrics, text.decodeError()), repeatable);
  }

  /** An analyzer that failed must not cost the file: count its lines and say what failed. */
  private SourceMetrics failed(SourceText source, String why) {
    return SourceMetrics.linesOnly(languages.text().analyze(source).lines(), new Problem(1, 1, why));
  }

  private static String failure(Throwable cause) {
    if (cause instanceof StackOverflowError) {
      return "code nested too deeply to analyze";
    }
    if (cause instanceof OutOfMemoryError) {
      return "ran out of memory analyzing this file";
    }
    return "analyzer failed: " + cause;
  }

  private static FileMetrics linesOnly(SourceFile file, LanguageAnalyzer language, LineCounts lines, Problem error) {
    return FileMetrics.of(file.relativePath(), language.name(), SourceMetrics.linesOnly(lines, error), null);
  }

  /**
   * A file's metrics, and whether the same bytes always give them: a timeout, an interrupt or a lack of
   * memory says as much about the run as about the file, so such results are not cached.
   */
  private record Outcome(FileMetrics metrics, boolean repeatable) {}
}
