package dev.perfscope.run;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * What one analysis and its reports left, in this JVM or a worker's: the lines to log (the console summary,
 * warnings marked as {@code report.ConsoleSummary} marks them, then each report written), the report files,
 * the gate's reasons to fail (none: it passed), and whether the same inputs always give this outcome (not
 * when a file ran past its budget or out of memory: such a run must not be replayed).
 */
record Reported(List<String> log, List<Path> written, List<String> failures, boolean repeatable)
    implements Serializable {
  Reported {
    log = List.copyOf(log);
    written = List.copyOf(written);
    failures = List.copyOf(failures);
  }
}
