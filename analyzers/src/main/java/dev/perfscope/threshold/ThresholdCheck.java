package dev.perfscope.threshold;

import dev.perfscope.model.Counts;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Severity;
import dev.perfscope.model.SuppressedFinding;
import dev.perfscope.model.Suppression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Stage 3: turns metrics past their limits into findings, worst first; only files of the kinds the thresholds
 * hold (source, by default) can have findings.
 */
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

  /** Findings, and apart from them the ones the code suppresses. */
  public record Checked(List<Finding> findings, List<SuppressedFinding> suppressed) {}

  /** The findings that are not suppressed, worst first. */
  public List<Finding> check(List<FileMetrics> files) {
    return run(files).findings();
  }

  public Checked run(List<FileMetrics> files) {
    List<Finding> findings = new ArrayList<>();
    List<SuppressedFinding> suppressed = new ArrayList<>();
    for (FileMetrics file : files) {
      if (!thresholds.holds(file.kind())) {
        continue;
      }
      List<Finding> ofFile = new ArrayList<>();
      fileFinding(file, ofFile);
      for (FunctionMetrics function : file.functions()) {
        for (Rule rule : Rule.values()) {
          if (rule.isAboutFunctions()) {
            functionFinding(file, function, rule, ofFile);
          }
        }
      }
      for (Finding finding : ofFile) {
        suppression(file, finding).ifPresentOrElse(
            s -> suppressed.add(new SuppressedFinding(finding, s.reason())), () -> findings.add(finding));
      }
    }
    findings.sort(WORST_FIRST);
    suppressed.sort(Comparator.comparing(SuppressedFinding::finding, WORST_FIRST));
    return new Checked(findings, suppressed);
  }

  private static Optional<Suppression> suppression(FileMetrics file, Finding finding) {
    return file.suppressions().stream()
        .filter(s -> s.covers(finding.rule(), finding.line(), finding.fileLevel()))
        .findFirst();
  }

  private void fileFinding(FileMetrics file, List<Finding> findings) {
    Limit limit = thresholds.limit(Rule.FILE_LINES, file.path());
    limit.classify(file.lines()).ifPresent(severity -> {
      int level = limit.levelFor(severity);
      String message = Rule.FILE_LINES.phrase(file.lines()) + " " + bound(severity, level);
      findings.add(new Finding(Rule.FILE_LINES.id(), severity, file.path(), 1, null, file.lines(), level, message, null));
    });
  }

  private void functionFinding(FileMetrics file, FunctionMetrics function, Rule rule, List<Finding> findings) {
    Limit limit = thresholds.limit(rule, file.path());
    int value = rule.valueOf(function);
    limit.classify(value).ifPresent(severity -> {
      int level = limit.levelFor(severity);
      String message = function.name() + ": " + rule.phrase(value) + " " + bound(severity, level);
      findings.add(new Finding(rule.id(), severity, file.path(), function.line(), function.name(), value, level, message, null));
    });
  }

  private static String bound(Severity severity, int level) {
    return "(" + severity.id() + " > " + Counts.number(level) + ")";
  }
}
