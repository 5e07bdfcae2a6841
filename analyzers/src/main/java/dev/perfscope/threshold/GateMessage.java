package dev.perfscope.threshold;

import dev.perfscope.model.Counts;
import dev.perfscope.model.Printable;
import dev.perfscope.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The build error of a failing gate, short enough to read in a CI log: what fails and against which limit,
 * the first few reasons in the order of what to fix first, where the full list is, and on a first run how to adopt the gate on existing code.
 * The reasons are not repeated elsewhere in the log (the console summary leaves its findings out then).
 */
public final class GateMessage {
  /** How many reasons the message shows; the reports hold them all. */
  public static final int SHOWN = 5;

  private GateMessage() {}

  /**
   * The message's lines for a failed {@code verdict} of {@code gate}; {@code reports} are the report files
   * that list every finding, as the reader should find them (e.g. {@code target/perf/perf-report.md});
   * {@code naming} names a setting as the user knows it.
   */
  public static List<String> lines(Gate gate, Gate.Verdict verdict, List<String> reports,
      UnaryOperator<String> naming) {
    List<String> out = new ArrayList<>();
    out.add(headline(gate, verdict));
    int shown = Math.min(SHOWN, verdict.reasons().size());
    if (shown < verdict.reasons().size()) {
      out.add("The first " + shown + " to fix:");
    }
    verdict.reasons().stream().limit(shown).forEach(reason -> out.add("  " + reason));
    int more = verdict.reasons().size() - shown;
    String where = reports.isEmpty() ? "" : String.join(" and ", reports);
    if (more > 0) {
      out.add(where.isEmpty()
          ? String.format(Locale.ROOT, "... and %,d more: add md or json to %s for a report that lists "
              + "them all.", more, naming.apply("formats"))
          : String.format(Locale.ROOT, "... and %,d more, all listed in %s.", more, where));
    } else if (!where.isEmpty()) {
      out.add("Details and advice: " + where + ".");
    }
    if (verdict.baseline() == null && !verdict.failing().isEmpty()) {
      out.add("Adopting Perfscope on existing code? Run `mvn perf:baseline` and commit the baseline file it "
          + "writes: from then on only new or worse findings fail the build.");
    }
    return out.stream().map(Printable::of).toList(); // a name from the tree cannot break a line of the log
  }

  private static String headline(Gate gate, Gate.Verdict verdict) {
    List<String> parts = new ArrayList<>();
    List<String> allowed = new ArrayList<>();
    for (Severity severity : List.of(Severity.CRITICAL, Severity.WARNING)) {
      int count = verdict.failing().getOrDefault(severity, 0);
      if (count > 0) {
        parts.add(Counts.number(count) + " " + severity.id());
        allowed.add(Counts.number(gate.allowed(severity)) + " " + severity.id());
      }
    }
    String findings = parts.isEmpty() ? "" : String.join(" and ", parts)
        + (count(verdict) == 1 ? " finding" : " findings")
        + (verdict.baseline() == null ? "" : " new or worse than the baseline " + verdict.baseline())
        + " at or above failOn=" + gate.failOn().name().toLowerCase(Locale.ROOT)
        + " (allowed: " + String.join(", ", allowed) + ")";
    String parse = verdict.parseErrors() == 0 ? ""
        : Counts.of(verdict.parseErrors(), "file that does not", "files that do not")
            + " parse (failOnParseError)";
    String both = findings.isEmpty() || parse.isEmpty() ? findings + parse : findings + ", and " + parse;
    return "Perfscope fails the build: " + both + ".";
  }

  private static int count(Gate.Verdict verdict) {
    return verdict.failing().values().stream().mapToInt(Integer::intValue).sum();
  }
}
