package dev.perfscope.threshold;

import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Stage 3: turns metrics past their limits into findings, worst first. */
public final class ThresholdCheck {
  /** Critical before warning, then by how far past the limit, then by place for a stable order. */
  public static final Comparator<Finding> WORST_FIRST = Comparator.comparing(Finding::severity).reversed()
      .thenComparing(Comparator.comparingDouble(Finding::excess).reversed())
      .thenComparing(Finding::path)
      .thenComparingInt(Finding::line)
      .thenComparing(Finding::rule);

  private final Thresholds thresholds;

  public ThresholdCheck(Thresholds thresholds) {
    this.thresholds = thresholds;
  }

  public List<Finding> check(List<FileMetrics> files) {
    List<Finding> findings = new ArrayList<>();
    for (FileMetrics file : files) {
      fileFinding(file, findings);
      for (FunctionMetrics function : file.functions()) {
        for (Rule rule : Rule.values()) {
          if (rule.isAboutFunctions()) {
            functionFinding(file, function, rule, findings);
          }
        }
      }
    }
    findings.sort(WORST_FIRST);
    return findings;
  }

  private void fileFinding(FileMetrics file, List<Finding> findings) {
    Limit limit = thresholds.limit(Rule.FILE_LINES);
    limit.classify(file.lines()).ifPresent(severity -> {
      int level = limit.levelFor(severity);
      String message = Rule.FILE_LINES.phrase(file.lines()) + " " + bound(severity, level);
      findings.add(new Finding(Rule.FILE_LINES.id(), severity, file.path(), 1, null, file.lines(), level, message));
    });
  }

  private void functionFinding(FileMetrics file, FunctionMetrics function, Rule rule, List<Finding> findings) {
    Limit limit = thresholds.limit(rule);
    int value = rule.valueOf(function);
    limit.classify(value).ifPresent(severity -> {
      int level = limit.levelFor(severity);
      String message = function.name() + ": " + rule.phrase(value) + " " + bound(severity, level);
      findings.add(new Finding(rule.id(), severity, file.path(), function.line(), function.name(), value, level, message));
    });
  }

  private static String bound(Severity severity, int level) {
    return "(" + severity.id() + " > " + level + ")";
  }
}
