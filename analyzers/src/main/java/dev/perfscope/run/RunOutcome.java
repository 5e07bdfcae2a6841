package dev.perfscope.run;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run leaves for the build: the lines to log (the console summary, then each report written), the
 * report files, and the gate's reasons to fail (none: it passed).
 */
public record RunOutcome(List<String> log, List<Path> written, List<String> failures) {
  public RunOutcome {
    log = List.copyOf(log);
    written = List.copyOf(written);
    failures = List.copyOf(failures);
  }
}
