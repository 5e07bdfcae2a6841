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
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * Stages 1 and 2 for one file: read it, skip it if binary, reuse cached metrics for the same bytes, else
 * decode and measure it. Whatever goes wrong is reported on that file; nothing escapes. Thread-safe.
 */
final class FileMeasurer {
  private final Languages languages;
  private final SourceReader reader;
  private final MetricsCache cache; // null: no cache

  FileMeasurer(Languages languages, SourceReader reader, MetricsCache cache) {
    this.languages = languages;
    this.reader = reader;
    this.cache = cache;
  }

  /** The file's metrics, or empty for a binary file. */
  Optional<FileMetrics> measure(SourceFile file) {
    LanguageAnalyzer language = languages.forFile(file.relativePath());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.file());
    } catch (IOException | OutOfMemoryError e) {
      Problem unreadable = new Problem(1, 1, "cannot read file: " + e.getMessage());
      return Optional.of(FileMetrics.of(file.relativePath(), language.name(),
          SourceMetrics.linesOnly(LineCounts.EMPTY, unreadable), null));
    }
    if (SourceReader.looksBinary(bytes)) {
      return Optional.empty();
    }
    if (cache == null) {
      return Optional.of(analyze(file, language, bytes));
    }
    String hash = ContentHash.of(bytes);
    Optional<FileMetrics> cached = cache.get(file.relativePath(), hash);
    if (cached.isPresent()) {
      return cached;
    }
    FileMetrics metrics = analyze(file, language, bytes);
    cache.put(file.relativePath(), hash, metrics);
    return Optional.of(metrics);
  }

  private FileMetrics analyze(SourceFile file, LanguageAnalyzer language, byte[] bytes) {
    SourceReader.DecodedText text = reader.decode(bytes);
    SourceText source = new SourceText(text.text());
    SourceMetrics metrics;
    try {
      metrics = language.analyze(source);
    } catch (RuntimeException | StackOverflowError e) {
      // An analyzer bug must not cost the file: count its lines and say what failed.
      Problem failure = new Problem(1, 1, "analyzer failed: " + e);
      metrics = SourceMetrics.linesOnly(languages.text().analyze(source).lines(), failure);
    }
    return FileMetrics.of(file.relativePath(), language.name(), metrics, text.decodeError());
  }
}
