package dev.perfscope.analysis;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.sources.SourceFile;
import dev.perfscope.sources.SourceReader;
import java.nio.charset.StandardCharsets;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;

/**
 * What must hold for any input at the per-file boundary: nothing escapes, the answer costs no more than the
 * parse budget, the line counts add up and match the text, units lie inside the file, and no analyzer crashed
 * (an {@code analyzer failed} parse error is a bug caught, not a pass).
 *
 * <p>The cost is the process's cpu time, not the wall clock: on a shared machine a huge line that tree-sitter
 * reads well within the budget took over 10 s of wall time, and the same input passed or failed with the
 * load. The measurer gets a wall-clock budget of {@link #WALL_BUDGET}, which only an input that hangs reaches.
 */
final class FileProperty {
  static final Duration BUDGET = Duration.ofSeconds(10);
  static final Duration WALL_BUDGET = Duration.ofSeconds(60);
  private static final Duration SLACK = Duration.ofSeconds(2);
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final FileMeasurer measurer;

  FileProperty(ParseBudget budget) {
    measurer = new FileMeasurer(dev.perfscope.lang.registry.Languages.standard(), new SourceReader(StandardCharsets.UTF_8),
        null, InputLimits.DEFAULT_MAX_FILE_SIZE, budget);
  }

  /** What went wrong measuring {@code file}, whose content is {@code bytes}; empty when the property holds. */
  Optional<String> violation(SourceFile file, byte[] bytes) {
    long start = OS.getProcessCpuTime();
    Optional<FileMetrics> measured;
    try {
      measured = measurer.measure(file);
    } catch (Throwable escaped) { // the property under test: nothing may escape, not even an Error
      return Optional.of("escaped the boundary: " + escaped);
    }
    Duration took = Duration.ofNanos(OS.getProcessCpuTime() - start);
    if (took.compareTo(BUDGET.plus(SLACK)) > 0) {
      return Optional.of("took " + took.toMillis() + " ms of cpu, over the budget");
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
