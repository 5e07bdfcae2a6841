package dev.perfscope.run;

import dev.perfscope.report.ConsoleSummary;
import java.util.ArrayList;
import java.util.List;

/** The lines a run logs, collected in order with their level for the build tool to print. */
final class RunLog {
  private final List<RunOutcome.Line> lines = new ArrayList<>();

  void info(String text) {
    lines.add(new RunOutcome.Line(RunOutcome.Level.INFO, text));
  }

  void warn(String text) {
    lines.add(new RunOutcome.Line(RunOutcome.Level.WARNING, text));
  }

  void debug(String text) {
    lines.add(new RunOutcome.Line(RunOutcome.Level.DEBUG, text));
  }

  /** A run's summary lines: at warning level those the summary marks as warnings, the others as information. */
  void summary(List<String> summary) {
    for (String line : summary) {
      if (line.startsWith(ConsoleSummary.WARNING)) {
        warn(line.substring(ConsoleSummary.WARNING.length()));
      } else {
        info(line);
      }
    }
  }

  List<RunOutcome.Line> lines() {
    return List.copyOf(lines);
  }
}
