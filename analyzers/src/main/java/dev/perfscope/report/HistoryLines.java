package dev.perfscope.report;

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
      out.add(String.format(Locale.ROOT, "Changed since %s (merge base %s): %d files analyzed and gated.",
          since.ref(), since.mergeBase(), since.files()));
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
      out.add(String.format(Locale.ROOT, "Hotspots: not ranked; %d %s in %d days of history before %s%s: %s.",
          history.commits(), history.commits() == 1 ? "commit" : "commits", history.days(), history.head(), partial,
          history.reason()));
      return;
    }
    if (result.hotspots().isEmpty()) {
      out.add(String.format(Locale.ROOT, "Hotspots: none in %d days of history before %s%s.",
          history.days(), history.head(), partial));
      return;
    }
    out.add(String.format(Locale.ROOT, "Hotspots over %d days of history before %s%s (score, churn, complexity):",
        history.days(), history.head(), partial));
    for (Hotspot hotspot : result.hotspots().subList(0, Math.min(top, result.hotspots().size()))) {
      out.add(String.format(Locale.ROOT, "  %5.3f %7d %5d  %s", hotspot.score(), hotspot.churn(),
          hotspot.complexity(), hotspot.path()));
    }
  }
}
