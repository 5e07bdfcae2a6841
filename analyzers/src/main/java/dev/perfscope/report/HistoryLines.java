package dev.perfscope.report;

import dev.perfscope.model.Counts;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.ChangeScope;
import dev.perfscope.model.HistoryInfo;
import dev.perfscope.model.Hotspot;
import java.util.List;
import java.util.Locale;

/** The console lines about git: the pull-request scope, the history window and the top hotspots. */
final class HistoryLines {
  private final int top;

  HistoryLines(int top) {
    this.top = top;
  }

  /** Which files were analyzed, in pull-request mode; nothing otherwise. */
  void scope(AnalysisResult result, List<String> out) {
    ChangeScope since = result.since();
    if (since != null) {
      out.add("Changed since " + since.ref() + " (merge base " + since.mergeBase() + "): "
          + Counts.of(since.files(), "file") + " analyzed and gated.");
    }
  }

  /**
   * The hotspots, best first, under a heading naming the history window; why there are none when the history
   * is too short to rank files by change; a warning when it could not be read; nothing outside git.
   */
  void hotspots(AnalysisResult result, List<String> out) {
    HistoryInfo history = result.history();
    if (history == null) {
      return;
    }
    if (history.damaged()) {
      out.add(ConsoleSummary.WARNING + "no git history in this run's reports, the repository is damaged: "
          + history.reason() + ".");
      return;
    }
    String partial = history.partial() ? ", partial: shallow clone" : "";
    if (!history.sufficient()) {
      out.add("Hotspots: not ranked; " + Counts.of(history.commits(), "commit") + " in " + days(history)
          + " of history before " + history.head() + partial + ": " + history.reason() + ".");
      return;
    }
    if (result.hotspots().isEmpty()) {
      out.add("Hotspots: none in " + days(history) + " of history before " + history.head() + partial + ".");
      return;
    }
    out.add("Hotspots over " + days(history) + " of history before " + history.head() + partial
        + " (score, churn, complexity):");
    for (Hotspot hotspot : result.hotspots().subList(0, Math.min(top, result.hotspots().size()))) {
      out.add(String.format(Locale.ROOT, "  %5.3f %7s %5s  %s", hotspot.score(), Counts.number(hotspot.churn()),
          Counts.number(hotspot.complexity()), hotspot.path()));
    }
  }

  private static String days(HistoryInfo history) {
    return Counts.of(history.days(), "day");
  }
}
