package dev.perfscope.report;

import dev.perfscope.model.Counts;
import dev.perfscope.model.HistoryInfo;
import dev.perfscope.model.Hotspot;
import dev.perfscope.model.TrendPoint;
import java.util.List;
import java.util.Locale;

/** The "Hotspots" table of the Markdown report: complex files that change often, with how they grew. */
final class MarkdownHotspots {
  private static final int MAX_ROWS = 10;

  private final List<Hotspot> hotspots;

  MarkdownHotspots(List<Hotspot> hotspots) {
    this.hotspots = hotspots;
  }

  /**
   * A line saying the history was too short to rank files by change, or could not be read, when so; nothing
   * otherwise.
   */
  static void historyNote(HistoryInfo history, List<String> out) {
    if (history != null && history.damaged()) {
      out.add("- History: not read, the git repository is damaged: " + Markdown.text(history.reason()) + ".");
    } else if (history != null && !history.sufficient()) {
      out.add("- History: " + Counts.of(history.commits(), "commit") + " in " + Counts.of(history.days(), "day")
          + " before " + Markdown.text(history.head()) + "; not ranked by change: " + Markdown.text(history.reason())
          + ".");
    }
  }

  void write(List<String> out) {
    if (hotspots.isEmpty()) {
      return; // outside git, or history off
    }
    MarkdownReport.section("Hotspots: complex files that change often", out);
    out.addAll(Markdown.header(List.of("File", "Score", "Churn (lines)", "Complexity", "Lines over time"), "lrrrl"));
    hotspots.stream().limit(MAX_ROWS).forEach(h -> out.add(Markdown.row(List.of(Markdown.text(h.path()),
        String.format(Locale.ROOT, "%.2f", h.score()), Counts.number(h.churn()), Counts.number(h.complexity()),
        trend(h.trend())))));
    out.add("");
    out.add("Score = normalised churn x normalised complexity; start with the top rows.");
  }

  /** Oldest and newest sampled size, e.g. {@code 310 → 1,213 (2025-12-02 → 2026-11-20)}. */
  private static String trend(List<TrendPoint> trend) {
    if (trend.size() < 2) {
      return "-";
    }
    TrendPoint first = trend.get(0);
    TrendPoint last = trend.get(trend.size() - 1);
    return Counts.number(first.lines()) + " \u2192 " + Counts.number(last.lines()) + " (" + day(first) + " \u2192 " + day(last) + ")";
  }

  private static String day(TrendPoint point) {
    return Markdown.text(point.date().length() >= 10 ? point.date().substring(0, 10) : point.date());
  }
}
