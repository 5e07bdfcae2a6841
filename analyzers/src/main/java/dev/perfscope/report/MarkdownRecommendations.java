package dev.perfscope.report;

import dev.perfscope.model.Counts;
import dev.perfscope.model.Block;
import dev.perfscope.model.ImpactFactors;
import dev.perfscope.model.Plan;
import dev.perfscope.model.Recommendation;
import java.util.List;
import java.util.Locale;

/**
 * The recommendations section of the Markdown report, what to do first first: each with its rank, impact,
 * rationale and its plan as a short list.
 */
final class MarkdownRecommendations {
  private static final int SHOWN = 10;
  private static final int MEMBERS_SHOWN = 8;

  private final List<Recommendation> recommendations;

  MarkdownRecommendations(List<Recommendation> recommendations) {
    this.recommendations = recommendations;
  }

  void write(List<String> out) {
    if (recommendations.isEmpty()) {
      return;
    }
    MarkdownReport.section("Recommendations, what to do first", out);
    for (Recommendation r : recommendations.stream().limit(SHOWN).toList()) {
      out.add("### " + (r.rank() > 0 ? r.rank() + ". " : "") + Markdown.text(r.title()));
      out.add("");
      out.add("**" + r.priority() + "**, impact " + impact(r) + ", " + r.kind() + " in " + Markdown.text(r.path())
          + ": " + Markdown.text(r.rationale()) + " Expected: " + Markdown.text(r.expected()) + ".");
      out.add("");
      plan(r.plan(), out);
      out.add("");
    }
    out.remove(out.size() - 1);
    if (recommendations.size() > SHOWN) {
      out.add("... and " + Counts.number(recommendations.size() - SHOWN)
          + " more recommendations in the JSON and HTML reports.");
    }
  }

  /** {@code 1,234.5 (excess 12.3, 640 lines, 12 commits, 7 dependents)}: the score and what it comes from. */
  static String impact(Recommendation r) {
    ImpactFactors f = r.impactFactors();
    return String.format(Locale.ROOT, "%,.1f (excess %.2f, %s, %s, %s)", r.impact(), f.excess(),
        Counts.of(f.lines(), "line"), Counts.of(f.commits(), "commit"), Counts.of(f.fanIn(), "dependent"));
  }

  private static void plan(Plan plan, List<String> out) {
    for (Plan.Part part : plan.parts()) {
      String stays = part.name().equals(plan.staysBehind()) ? " (stays)" : "";
      out.add("- " + Markdown.text(part.name()) + stays + ", " + Counts.of(part.lines(), "line") + ": "
          + members(part.members()) + imports(part.imports()));
    }
    if (!plan.parts().isEmpty()) {
      out.add(crossing(plan));
    }
    for (Block b : plan.blocks()) {
      out.add("- lines " + b.startLine() + "-" + b.endLine() + " (cognitive " + b.cognitive() + "): reads "
          + names(b.reads()) + ", writes " + names(b.writes()));
    }
    if (!plan.parameters().isEmpty()) {
      out.add("- parameters " + names(plan.parameters()) + " in " + names(plan.functions()));
    }
    if (plan.shared() != null) {
      Plan.SharedCode shared = plan.shared();
      for (Plan.Copy copy : shared.copies()) {
        out.add("- copy in " + Markdown.text(copy.path()) + ", lines " + copy.line() + "-" + copy.endLine());
      }
      out.add("- " + Counts.of(shared.lines(), "line") + ", " + Counts.of(shared.tokens(), "token") + ", to "
          + (shared.homeExists() ? "the existing " : "a new module ") + Markdown.text(shared.home()));
    }
  }

  /**
   * {@code - 3 dependencies cross parts (imports the split creates)}; a crossing dependency is an import unless
   * the parts share one scope (Go's package), where no part imports anything.
   */
  private static String crossing(Plan plan) {
    int crossing = plan.crossEdges().size();
    boolean imports = crossing == 0 || plan.parts().stream().anyMatch(p -> !p.imports().isEmpty());
    return "- " + Counts.of(crossing, "dependency", "dependencies") + (crossing == 1 ? " crosses" : " cross")
        + " parts" + (imports ? " (imports the split creates)" : " (one package: no imports needed)");
  }

  /** {@code ; imports parse, render from parser.py; Cache from cache.py}, or nothing. */
  private static String imports(List<Plan.Import> imports) {
    if (imports.isEmpty()) {
      return "";
    }
    return "; imports " + String.join("; ", imports.stream()
        .map(i -> names(i.names()) + " from " + Markdown.text(i.from())).toList());
  }

  private static String members(List<String> members) {
    String shown = names(members.stream().limit(MEMBERS_SHOWN).toList());
    return members.size() > MEMBERS_SHOWN ? shown + " and " + Counts.number(members.size() - MEMBERS_SHOWN) + " more" : shown;
  }

  private static String names(List<String> names) {
    return names.isEmpty() ? "nothing" : Markdown.text(String.join(", ", names));
  }
}
