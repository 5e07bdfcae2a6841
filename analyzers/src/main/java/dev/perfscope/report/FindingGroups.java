package dev.perfscope.report;

import dev.perfscope.model.Block;
import dev.perfscope.model.Finding;
import dev.perfscope.model.Recommendation;
import dev.perfscope.threshold.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings as the reports list what to fix: one group per unit (a function, or a whole file), in the order
 * the findings come (advice ranks them by impact), each with the recommendation that fixes it when there is
 * one (a file split for the file's length, or else a split of one of its classes; an extraction or a parameter
 * object for a function).
 */
final class FindingGroups {
  /** One unit's findings, worst first, and the recommendation for it (empty when none). */
  record Group(List<Finding> findings, Optional<Recommendation> recommendation) {
    Finding first() {
      return findings.get(0);
    }

    String messages() {
      return String.join("; ", findings.stream().map(Finding::message).toList());
    }
  }

  private FindingGroups() {}

  static List<Group> of(List<Finding> findings, List<Recommendation> recommendations) {
    Map<List<Object>, List<Finding>> units = new LinkedHashMap<>();
    for (Finding f : findings) {
      units.computeIfAbsent(java.util.Arrays.asList(f.path(), f.line(), f.function()), k -> new ArrayList<>()).add(f);
    }
    List<Group> groups = new ArrayList<>();
    units.values().forEach(own -> groups.add(new Group(List.copyOf(own), recommendations.stream()
        .filter(r -> fixes(r, own)).findFirst().or(() -> splitClass(recommendations, own.get(0))))));
    return groups;
  }

  /**
   * For a file with no split, the split of one of its classes, the first by rank: where a module is one class, or
   * a Java file's members are one knot but for a class whose groups share nothing, that is what shortens it.
   */
  private static Optional<Recommendation> splitClass(List<Recommendation> recommendations, Finding finding) {
    return finding.fileLevel() ? recommendations.stream()
        .filter(r -> r.kind().equals("split-class") && r.path().equals(finding.path())).findFirst() : Optional.empty();
  }

  /**
   * Whether {@code r} acts on the unit of {@code findings}: a file's split for its length; for a function, the
   * extraction from it, or, where it has too many parameters, a parameter object it takes (the first of them by
   * rank, as the recommendations come).
   */
  private static boolean fixes(Recommendation r, List<Finding> findings) {
    Finding finding = findings.get(0);
    if (!r.path().equals(finding.path())) {
      return false;
    }
    if (finding.fileLevel()) {
      return r.kind().equals("split-file");
    }
    if (r.kind().equals("parameter-object")) {
      return r.plan().functions().contains(finding.function())
          && findings.stream().anyMatch(f -> f.rule().equals(Rule.PARAMETERS.id()));
    }
    List<Block> blocks = r.plan().blocks();
    return r.kind().equals("extract-function") && !blocks.isEmpty() && blocks.get(0).function().equals(finding.function())
        && blocks.get(0).startLine() >= finding.line();
  }
}
