package dev.perfscope.analysis;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.sources.SourceFile;
import dev.perfscope.sources.SourceReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * What must hold for any input at the per-file boundary: nothing escapes, the answer comes within the parse
 * budget, the line counts add up and match the text, units lie inside the file, and no analyzer crashed
 * (an {@code analyzer failed} parse error is a bug caught, not a pass).
 */
final class FileProperty {
  static final Duration BUDGET = Duration.ofSeconds(10);
  private static final Duration SLACK = Duration.ofSeconds(2);

  private final FileMeasurer measurer;

  FileProperty(ParseBudget budget) {
    measurer = new FileMeasurer(dev.perfscope.lang.registry.Languages.standard(), new SourceReader(StandardCharsets.UTF_8),
        null, InputLimits.DEFAULT_MAX_FILE_SIZE, budget);
  }

  /** What went wrong measuring {@code file}, whose content is {@code bytes}; empty when the property holds. */
  Optional<String> violation(SourceFile file, byte[] bytes) {
    long start = System.nanoTime();
    Optional<FileMetrics> measured;
    try {
      measured = measurer.measure(file);
    } catch (Throwable escaped) { // the property under test: nothing may escape, not even an Error
      return Optional.of("escaped the boundary: " + escaped);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (took.compareTo(BUDGET.plus(SLACK)) > 0) {
      return Optional.of("took " + took.toMillis() + " ms, over the budget");
    }
    if (measured.isEmpty()) {
      return SourceReader.looksBinary(bytes) ? Optional.empty() : Optional.of("text file dropped as binary");
    }
    return inconsistency(measured.get(), bytes);
  }

  private static Optional<String> inconsistency(FileMetrics metrics, byte[] bytes) {
    int expected = new SourceText(new SourceReader(StandardCharsets.UTF_8).decode(bytes).text()).lineCount();
    if (metrics.lines() != expected || metrics.code() + metrics.comment() + metrics.blank() != metrics.lines()) {
      return Optional.of("line counts " + metrics.lines() + " = " + metrics.code() + "+" + metrics.comment() + "+"
          + metrics.blank() + ", the text has " + expected);
    }
    for (FunctionMetrics function : metrics.functions()) {
      if (function.line() < 1 || function.endLine() < function.line() || function.endLine() > metrics.lines()) {
        return Optional.of("unit " + function.name() + " at " + function.line() + "-" + function.endLine());
      }
    }
    String error = metrics.parseError() == null ? "" : metrics.parseError().message();
    if (error.startsWith("analyzer failed") || error.startsWith("took longer")) {
      return Optional.of(error);
    }
    return Optional.empty();
  }
}
