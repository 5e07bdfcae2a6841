package dev.perfscope.analysis;

import dev.perfscope.model.Counts;
import dev.perfscope.infra.ContentHash;
import dev.perfscope.cache.FileStamp;
import dev.perfscope.cache.MetricsCache;
import dev.perfscope.lang.Cancellation;
import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.registry.Languages;
import dev.perfscope.lang.SourceText;
import dev.perfscope.model.FileKind;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.LineCounts;
import dev.perfscope.model.Problem;
import dev.perfscope.model.SkippedFile;
import dev.perfscope.model.SourceMetrics;
import dev.perfscope.sources.SourceFile;
import dev.perfscope.sources.SourceReader;
import dev.perfscope.sources.StreamedLines;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Stages 1 and 2 for one file: read it, skip it if binary or unreadable, count only the lines of a file over
 * the size limit, reuse cached metrics for the same bytes, else decode and measure it within the parse budget.
 * Whatever goes wrong is reported on that file (a file skipped, with the reason); nothing escapes. Thread-safe.
 */
final class FileMeasurer {
  static final String OUT_OF_MEMORY = "ran out of memory analyzing this file";

  private final Languages languages;
  private final SourceReader reader;
  private final MetricsCache cache; // null: no cache
  private final long maxFileSize;
  private final ParseBudget budget;
  private final Map<String, FileStamp> stamps;

  FileMeasurer(Languages languages, SourceReader reader, MetricsCache cache, long maxFileSize, ParseBudget budget) {
    this(languages, reader, cache, maxFileSize, budget, Map.of());
  }

  /**
   * With {@code stamps} (by path) that may prove a file unchanged since it was hashed: such a file is looked
   * up in the cache by that hash, without being read.
   */
  FileMeasurer(Languages languages, SourceReader reader, MetricsCache cache, long maxFileSize, ParseBudget budget,
      Map<String, FileStamp> stamps) {
    this.languages = languages;
    this.reader = reader;
    this.cache = cache;
    this.maxFileSize = maxFileSize;
    this.budget = budget;
    this.stamps = stamps;
  }

  /** The file's metrics, or empty for a skipped file (binary, unreadable). */
  Optional<FileMetrics> measure(SourceFile file) {
    return Optional.ofNullable(measureAll(List.of(file), 1).get(0).metrics());
  }

  /**
   * The files measured, through the cache when there is one, on {@code threads} threads, in their order; a
   * file that takes longer than the parse budget gets its lines counted and says so.
   */
  List<Measured> measureAll(List<SourceFile> files, int threads) {
    loadParsers(files);
    List<Measured> measured = new ArrayList<>(budget.map(files, threads, this::measureOne, this::overBudget));
    measureAloneWhatRanOutOfMemory(files, measured);
    measured.forEach(this::remember); // only now: a piece given up on may still finish, and must not count
    return measured;
  }

  /**
   * Loads the parsers these files need, outside any file's budget: loading JavaParser or the ANTLR grammar
   * in a cold JVM takes longer than parsing a file, and took the first small file of a run with a 1 s budget
   * past it.
   */
  private void loadParsers(List<SourceFile> files) {
    Set<LanguageAnalyzer> needed = new LinkedHashSet<>();
    files.forEach(file -> needed.add(languages.forFile(file.relativePath())));
    for (LanguageAnalyzer language : needed) {
      try {
        language.load();
      } catch (RuntimeException | Error e) {
        // a language that cannot load fails on its files too, where the failure is reported
      }
    }
  }

  /**
   * A file that ran out of memory while others were measured beside it may have starved because of them:
   * each is measured once more, on its own, so that its answer does not depend on its neighbours.
   */
  private void measureAloneWhatRanOutOfMemory(List<SourceFile> files, List<Measured> measured) {
    if (files.size() < 2) {
      return;
    }
    for (int i = 0; i < measured.size(); i++) {
      if (measured.get(i).outcome() == Outcome.OUT_OF_MEMORY) {
        measured.set(i, budget.map(List.of(files.get(i)), 1, this::measureOne, this::overBudget).get(0));
      }
    }
  }

  /** The bytes measuring the file would parse: its size for a language with a parser within the limit, else 0. */
  long bytesToParse(SourceFile file) {
    if (languages.forFile(file.relativePath()) == languages.text()) {
      return 0;
    }
    try {
      long size = Files.size(file.file());
      return size <= maxFileSize ? size : 0;
    } catch (IOException e) {
      return 0; // measuring it will say it cannot be read
    }
  }

  /** Puts a measurement in the cache, if there is one and the same bytes always give it. */
  private void remember(Measured measured) {
    if (cache != null && measured.metrics() != null && measured.hash() != null
        && measured.outcome() == Outcome.REPEATABLE) {
      cache.put(measured.metrics().path(), measured.hash(), measured.metrics());
    }
  }

  /**
   * The file measured, with the hash of the bytes measured when there is a cache (null when it was not read
   * whole: over the size limit or unreadable).
   */
  private Measured measureOne(SourceFile file) {
    try {
      Read read = read(file);
      if (read.done() != null) {
        return read.done();
      }
      return analyze(file, read.bytes(), read.hash());
    } catch (OutOfMemoryError e) { // reading or decoding it: what was held for it is garbage now
      return outOfMemory(file);
    }
  }

  /** Stage 1: the file's bytes (and their hash for the cache), or all there is to say without parsing them. */
  private Read read(SourceFile file) {
    Measured stamped = cachedByStamp(file);
    if (stamped != null) {
      return Read.done(stamped);
    }
    byte[] bytes;
    try {
      long size = Files.size(file.file());
      if (size > maxFileSize) {
        return Read.done(oversized(file, size));
      }
      bytes = Files.readAllBytes(file.file());
    } catch (IOException e) {
      return Read.done(Measured.skipped(file, SkippedFile.UNREADABLE, "cannot read file: " + e.getMessage()));
    }
    if (reader.isBinary(bytes)) {
      return Read.done(Measured.skipped(file, SkippedFile.BINARY,
          "a NUL byte in the first " + Counts.of(SourceReader.BINARY_PROBE, "byte")));
    }
    String hash = cache != null ? ContentHash.of(bytes) : null;
    Optional<FileMetrics> cached = cache == null ? Optional.empty() : cache.get(file.relativePath(), hash);
    return cached.map(metrics -> Read.done(new Measured(metrics, hash, Outcome.REPEATABLE)))
        .orElse(new Read(null, bytes, hash));
  }

  /** The cached metrics of a file its stamp proves unchanged, found without reading it; null otherwise. */
  private Measured cachedByStamp(SourceFile file) {
    FileStamp stamp = cache == null ? null : stamps.get(file.relativePath());
    String hash = stamp == null ? null : stamp.hashIfUnchanged(file.file());
    return hash == null ? null
        : cache.get(file.relativePath(), hash).map(metrics -> new Measured(metrics, hash, Outcome.REPEATABLE))
            .orElse(null);
  }

  /**
   * Line counts only, streamed, with a note saying why; listed as skipped too, since it was not parsed. A
   * binary file is skipped as such whatever its size.
   */
  private Measured oversized(SourceFile file, long size) throws IOException {
    String why = "file is " + Counts.of(size, "byte") + ", over maxFileSize (" + Counts.of(maxFileSize, "byte") + ")";
    Problem note = new Problem(1, 1, why + ": only its lines are counted");
    return StreamedLines.count(file.file())
        .map(lines -> new Measured(linesOnly(file, lines, null).withNote(note), null, Outcome.REPEATABLE,
            new SkippedFile(file.relativePath(), SkippedFile.TOO_LARGE, why + "; its lines are counted")))
        .orElseGet(() -> Measured.skipped(file, SkippedFile.BINARY,
            "a NUL byte in the first " + Counts.of(SourceReader.BINARY_PROBE, "byte")));
  }

  private Measured analyze(SourceFile file, byte[] bytes, String hash) {
    LanguageAnalyzer language = languages.forFile(file.relativePath());
    SourceReader.DecodedText text = reader.decode(bytes);
    SourceText source = new SourceText(text.text());
    SourceMetrics metrics;
    Outcome outcome = Outcome.REPEATABLE;
    try {
      metrics = Objects.requireNonNull(language.analyze(source), "no metrics");
    } catch (Cancellation.Cancelled e) { // past the budget: the parse has let go of all it held
      metrics = failed(source, tookTooLong());
      outcome = Outcome.OVER_BUDGET;
    } catch (RuntimeException | Error e) { // nothing a parser throws may cost more than this file
      metrics = failed(source, failure(e));
      outcome = e instanceof OutOfMemoryError ? Outcome.OUT_OF_MEMORY : Outcome.REPEATABLE;
    }
    FileKind kind = FileKind.measured(FileKind.of(file.relativePath(), text.text()), metrics);
    return new Measured(FileMetrics.of(file.relativePath(), language.name(), kind, metrics, text.decodeError()),
        hash, outcome);
  }

  private String tookTooLong() {
    return "took longer than " + budget.describe() + " to analyze";
  }

  /**
   * What stands for a file whose measuring ran past the budget: its lines and why there is nothing else. It
   * says as much about the run as about the file, so it is not cached.
   */
  private Measured overBudget(SourceFile file) {
    try {
      Read read = read(file);
      if (read.done() != null) {
        return read.done();
      }
      SourceReader.DecodedText text = reader.decode(read.bytes());
      SourceMetrics metrics = failed(new SourceText(text.text()), tookTooLong());
      return new Measured(FileMetrics.of(file.relativePath(), languages.forFile(file.relativePath()).name(),
          metrics, text.decodeError()), null, Outcome.OVER_BUDGET);
    } catch (OutOfMemoryError e) {
      return outOfMemory(file);
    }
  }

  /**
   * What stands for a file there was not memory enough to read, decode or measure: its lines, counted a
   * block at a time, and why there is nothing else.
   */
  private Measured outOfMemory(SourceFile file) {
    Problem why = new Problem(1, 1, OUT_OF_MEMORY);
    try {
      return StreamedLines.count(file.file())
          .map(lines -> new Measured(linesOnly(file, lines, why), null, Outcome.OUT_OF_MEMORY))
          .orElseGet(() -> Measured.skipped(file, SkippedFile.BINARY,
              "a NUL byte in the first " + SourceReader.BINARY_PROBE + " bytes"));
    } catch (IOException e) {
      return Measured.skipped(file, SkippedFile.UNREADABLE, "cannot read file: " + e.getMessage());
    }
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
      return OUT_OF_MEMORY;
    }
    return "analyzer failed: " + cause;
  }

  private FileMetrics linesOnly(SourceFile file, LineCounts lines, Problem error) {
    String language = languages.forFile(file.relativePath()).name();
    return FileMetrics.of(file.relativePath(), language, SourceMetrics.linesOnly(lines, error), null);
  }

  /**
   * Whether the same bytes always give a file's result: a timeout or a lack of memory says as much about the
   * run as about the file, so such a result is neither cached nor replayed, and the next run measures the
   * file again.
   */
  enum Outcome {
    REPEATABLE, OVER_BUDGET, OUT_OF_MEMORY
  }

  /**
   * A file's metrics (null: skipped, not in the files), the hash of the bytes they were taken from (null: not
   * hashed), whether the same bytes always give them, and why it was not measured in full (null: it was).
   */
  record Measured(FileMetrics metrics, String hash, Outcome outcome, SkippedFile skipped) {
    Measured(FileMetrics metrics, String hash, Outcome outcome) {
      this(metrics, hash, outcome, null);
    }

    static Measured skipped(SourceFile file, String reason, String detail) {
      return new Measured(null, null, Outcome.REPEATABLE, new SkippedFile(file.relativePath(), reason, detail));
    }
  }

  /** A file read: either all there is to say already ({@code done}), or its bytes and their hash to parse. */
  private record Read(Measured done, byte[] bytes, String hash) {
    static Read done(Measured measured) {
      return new Read(measured, null, null);
    }
  }
}
