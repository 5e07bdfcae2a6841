package dev.perfscope.threshold;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether an analysis passes: it fails on findings at or above {@code failOn}, and on parse errors
 * when asked to. The verdict lists each reason, worst first, with value and limit.
 */
public record Gate(FailOn failOn, boolean failOnParseError) {

  public Verdict evaluate(AnalysisResult result) {
    List<String> reasons = new ArrayList<>();
    for (Finding finding : result.findings()) {
      if (failOn.fails(finding.severity())) {
        reasons.add(describe(finding));
      }
    }
    if (failOnParseError) {
      for (FileMetrics file : result.files()) {
        if (file.parseError() != null) {
          reasons.add(file.path() + ":" + file.parseError().line() + ":" + file.parseError().column()
              + ": does not parse: " + file.parseError().message());
        }
      }
    }
    return new Verdict(reasons);
  }

  /** One line per finding: {@code path: message} for a file, {@code path:line message} for a function. */
  public static String describe(Finding finding) {
    return finding.function() == null
        ? finding.path() + ": " + finding.message()
        : finding.path() + ":" + finding.line() + " " + finding.message();
  }

  /** Why the build fails; it passes when there is no reason. */
  public record Verdict(List<String> reasons) {
    public boolean passed() {
      return reasons.isEmpty();
    }
  }
}
