package dev.perfscope.threshold;

import dev.perfscope.baseline.BaselineComparison;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides whether an analysis passes. It counts the findings at or above {@code failOn} (with a baseline,
 * only the new and the worse ones), and fails when a severity has more of them than it allows; it also
 * fails on parse errors when asked to. The verdict lists each reason, worst first, with value and limit.
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
    for (Finding finding : violations) {
      if (counts.get(finding.severity()) > maxAllowed.getOrDefault(finding.severity(), 0)) {
        reasons.add(describe(finding, result));
      }
    }
    if (failOnParseError) {
      result.files().stream().filter(f -> f.parseError() != null).forEach(f -> reasons.add(parseError(f)));
    }
    return new Verdict(reasons);
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

  /** Why the build fails; it passes when there is no reason. */
  public record Verdict(List<String> reasons) {
    public boolean passed() {
      return reasons.isEmpty();
    }
  }
}
