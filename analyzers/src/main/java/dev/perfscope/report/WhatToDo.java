package dev.perfscope.report;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.DeprecatedFiles;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.Recommendation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What to do about a unit's findings, as every report that lists findings says it: the recommendation that acts
 * on them (with its rank), nothing for deprecated code, what holds a long file's length where it got no split
 * ({@link NoSplitPlan}), or else the rule's usual fix ({@link RuleGuide}). Plain text: a report escapes it.
 */
public final class WhatToDo {
  /** What to do with deprecated code's findings: it gets no advice, being on its way out. */
  private static final String DEPRECATED = "Nothing here: the code is deprecated, to be removed rather than refactored;"
      + " move its callers to what replaces it.";

  private final List<Recommendation> recommendations;
  private final Map<String, FileMetrics> files;
  private final DeprecatedFiles deprecated;

  private WhatToDo(AnalysisResult result) {
    recommendations = result.recommendations();
    files = result.files().stream().collect(Collectors.toMap(FileMetrics::path, f -> f, (a, b) -> a));
    deprecated = DeprecatedFiles.of(result.files());
  }

  public static WhatToDo of(AnalysisResult result) {
    return new WhatToDo(result);
  }

  /** What to do about one finding. */
  public String of(Finding finding) {
    return of(finding, FindingGroups.of(List.of(finding), recommendations).get(0).recommendation());
  }

  /** What to do about a unit's findings, whose recommendation is {@code recommendation} if any. */
  String of(Finding first, Optional<Recommendation> recommendation) {
    if (recommendation.isPresent()) {
      Recommendation r = recommendation.get();
      return r.title() + (r.rank() > 0 ? " (recommendation " + r.rank() + ")" : "");
    }
    if (deprecated.contains(first.path())) {
      return DEPRECATED;
    }
    FileMetrics file = files.get(first.path());
    String advice = first.fileLevel() && file != null ? NoSplitPlan.advice(file) : "";
    return advice.isEmpty() ? RuleGuide.of(first).solution() : advice;
  }
}
