package dev.perfscope.advice;

import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.ImpactFactors;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.Thresholds;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The factors of the expected gain of one action on a file ({@link ImpactFactors}): how far the findings it
 * fixes are past their warning levels, the lines it touches, how often the file changed (only when the
 * history is sufficient to say) and how many files depend on it.
 */
final class Impacts {
  private final Thresholds thresholds;
  private final Map<String, Integer> dependents;
  private final boolean countCommits;

  Impacts(Thresholds thresholds, Map<String, Integer> dependents, boolean countCommits) {
    this.thresholds = thresholds;
    this.dependents = dependents;
    this.countCommits = countCommits;
  }

  ImpactFactors of(FileMetrics file, List<Finding> fixed, int lines) {
    return ofReduced(file, fixed, finding -> 0, lines);
  }

  /**
   * The impact factors of an action that brings each finding's value down to {@code after}: a finding brought
   * within its warning level counts whole, as a fixed one; one left over it counts for the part removed
   * ({@code (value - after) / warning}), so that an action which removes a tenth of a function's complexity
   * weighs a tenth of one that removes all of it.
   */
  ImpactFactors ofReduced(FileMetrics file, List<Finding> findings, ToDoubleFunction<Finding> after, int lines) {
    double excess = 0;
    for (Finding finding : findings) {
      int warning = thresholds.limit(Rule.fromId(finding.rule(), "rule"), file.path()).warning();
      double left = Math.min(finding.value(), after.applyAsDouble(finding));
      double remains = left > warning ? left : 0;
      excess += warning <= 0 ? finding.value() - remains : (finding.value() - remains) / warning;
    }
    int commits = countCommits && file.history() != null ? file.history().commits() : 0;
    return new ImpactFactors(Math.round(excess * 100) / 100.0, lines, commits,
        dependents.getOrDefault(file.path(), 0));
  }

  /**
   * The impact factors of one action on several files at once (code shared by {@code files}): the given
   * {@code excess} and {@code lines}, the most commits and the most dependents among the files.
   */
  ImpactFactors ofAll(List<FileMetrics> files, double excess, int lines) {
    int commits = 0;
    int fanIn = 0;
    for (FileMetrics file : files) {
      commits = Math.max(commits, countCommits && file.history() != null ? file.history().commits() : 0);
      fanIn = Math.max(fanIn, dependents.getOrDefault(file.path(), 0));
    }
    return new ImpactFactors(Math.round(excess * 100) / 100.0, lines, commits, fanIn);
  }
}
