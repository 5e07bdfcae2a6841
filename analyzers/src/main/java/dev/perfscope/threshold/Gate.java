package dev.perfscope.threshold;

import dev.perfscope.baseline.BaselineComparison;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides whether an analysis passes. It counts the findings at or above {@code failOn} (with a baseline,
 * only the new and the worse ones), and fails when a severity has more of them than it allows; it also
 * fails on parse errors when asked to. The verdict lists each reason, in the findings' order, with value and
 * limit.
 */
public record Gate(FailOn failOn, boolean failOnParseError, Map<Severity, Integer> maxAllowed) {

  public Gate {
    maxAllowed = Map.copyOf(maxAllowed);
  }

  /** A gate that allows no violation. */
  public Gate(FailOn failOn, boolean failOnParseError) {
    this(failOn, failOnParseError, Map.of());
  }

  public Verdict evaluate(AnalysisResult result) {
    List<Finding> violations = result.findings().stream()
        .filter(f -> failOn.fails(f.severity()) && countsAgainstBaseline(f)).toList();
    Map<Severity, Long> counts = violations.stream()
        .collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
    List<String> reasons = new ArrayList<>();
    Map<Severity, Integer> failing = new EnumMap<>(Severity.class);
    for (Finding finding : violations) {
      if (counts.get(finding.severity()) > allowed(finding.severity())) {
        reasons.add(describe(finding, result));
        failing.merge(finding.severity(), 1, Integer::sum);
      }
    }
    int parseErrors = 0;
    if (failOnParseError) {
      for (FileMetrics file : result.files()) {
        if (file.parseError() != null) {
          reasons.add(parseError(file));
          parseErrors++;
        }
      }
    }
    return new Verdict(reasons, failing, parseErrors, result.baseline() == null ? null : result.baseline().file());
  }

  /** How many findings of {@code severity} this gate lets through. */
  public int allowed(Severity severity) {
    return maxAllowed.getOrDefault(severity, 0);
  }

  private static boolean countsAgainstBaseline(Finding finding) {
    String state = finding.baseline();
    return state == null || state.equals(BaselineComparison.NEW) || state.equals(BaselineComparison.WORSE);
  }

  private static String parseError(FileMetrics file) {
    return file.path() + ":" + file.parseError().line() + ":" + file.parseError().column() + ": does not parse: "
        + file.parseError().message();
  }

  /** One line per finding: {@code path: message} for a file, {@code path:line message} for a function. */
  public static String describe(Finding finding) {
    return finding.function() == null
        ? finding.path() + ": " + finding.message()
        : finding.path() + ":" + finding.line() + " " + finding.message();
  }

  /** As {@link #describe(Finding)}, saying how the finding compares with the baseline when there is one. */
  private static String describe(Finding finding, AnalysisResult result) {
    String line = describe(finding);
    if (BaselineComparison.NEW.equals(finding.baseline())) {
      return line + ", new since the baseline";
    } else if (BaselineComparison.WORSE.equals(finding.baseline())) {
      return line + result.baseline().wasBefore(finding).stream()
          .mapToObj(was -> ", worse than the baseline (was " + was + ")").findFirst().orElse("");
    }
    return line;
  }

  /**
   * Why the build fails, one reason per failing finding or parse error (none: it passes); how many findings
   * of each severity fail it; and the baseline they were compared with (null: none was used).
   */
  public record Verdict(List<String> reasons, Map<Severity, Integer> failing, int parseErrors, String baseline) {
    public Verdict {
      reasons = List.copyOf(reasons);
      failing = Map.copyOf(failing);
    }

    public boolean passed() {
      return reasons.isEmpty();
    }
  }
}
