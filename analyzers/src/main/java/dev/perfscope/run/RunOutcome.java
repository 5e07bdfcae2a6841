package dev.perfscope.run;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run leaves for the build tool: the lines to log, each with its level, in order; the reports
 * written; the reasons the build fails (none: it passes) and the error that stopped the run (a configuration
 * value, a report that could not be written; null: none), each in the words the user reads.
 */
public record RunOutcome(List<Line> log, List<Path> written, List<String> failures, String error) {
  public enum Level { DEBUG, INFO, WARNING }

  /** One line of the log. */
  public record Line(Level level, String text) {}

  public RunOutcome {
    log = List.copyOf(log);
    written = List.copyOf(written);
    failures = List.copyOf(failures);
  }
}
