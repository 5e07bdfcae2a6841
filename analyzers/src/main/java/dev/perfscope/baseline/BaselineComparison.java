package dev.perfscope.baseline;

import dev.perfscope.model.BaselineSummary;
import dev.perfscope.model.BaselineSummary.Change;
import dev.perfscope.model.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks each finding {@code new}, {@code worse}, {@code unchanged} or {@code improved} against the baseline.
 * Findings and entries with the same key (path, function, rule) pair up largest value first, so two
 * overloads with the same name are matched sensibly; what is left over is new, or resolved.
 */
public final class BaselineComparison {
  public static final String NEW = "new";
  public static final String WORSE = "worse";
  public static final String UNCHANGED = "unchanged";
  public static final String IMPROVED = "improved";

  /** The findings, marked, and the summary of the comparison. */
  public record Outcome(List<Finding> findings, BaselineSummary summary) {}

  private BaselineComparison() {}

  public static Outcome compare(List<Finding> findings, Baseline baseline, String baselineFile) {
    Map<BaselineEntry.Key, List<BaselineEntry>> remembered = new LinkedHashMap<>();
    baseline.findings().stream().sorted(Comparator.comparingInt(BaselineEntry::value).reversed())
        .forEach(e -> remembered.computeIfAbsent(BaselineEntry.Key.of(e), k -> new ArrayList<>()).add(e));
    Tally tally = new Tally();
    Map<Finding, String> states = new IdentityHashMap<>();
    findings.stream().sorted(Comparator.comparingInt(Finding::value).reversed()).forEach(finding -> {
      List<BaselineEntry> candidates = remembered.getOrDefault(BaselineEntry.Key.of(finding), new ArrayList<>());
      BaselineEntry was = candidates.isEmpty() ? null : candidates.remove(0);
      states.put(finding, tally.count(finding, was));
    });
    remembered.values().forEach(left -> left.forEach(e ->
        tally.resolved.add(new Change(e.rule(), e.path(), e.function(), e.value(), null))));
    List<Finding> marked = findings.stream().map(f -> f.withBaseline(states.get(f))).toList();
    return new Outcome(marked, new BaselineSummary(baselineFile, tally.added, tally.unchanged, tally.worse,
        tally.improved, tally.resolved));
  }

  /** Counts the comparison as findings are matched. */
  private static final class Tally {
    int added;
    int unchanged;
    final List<Change> worse = new ArrayList<>();
    final List<Change> improved = new ArrayList<>();
    final List<Change> resolved = new ArrayList<>();

    String count(Finding finding, BaselineEntry was) {
      if (was == null) {
        added++;
        return NEW;
      } else if (finding.value() > was.value()) {
        worse.add(change(finding, was));
        return WORSE;
      } else if (finding.value() == was.value()) {
        unchanged++;
        return UNCHANGED;
      }
      improved.add(change(finding, was));
      return IMPROVED;
    }

    private static Change change(Finding finding, BaselineEntry was) {
      return new Change(finding.rule(), finding.path(), finding.function(), was.value(), finding.value());
    }
  }
}
