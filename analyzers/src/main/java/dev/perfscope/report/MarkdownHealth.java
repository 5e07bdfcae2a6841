package dev.perfscope.report;

import dev.perfscope.model.Counts;
import dev.perfscope.model.ModuleHealth;
import java.util.ArrayList;
import java.util.List;

/** The "Health by module" table of the Markdown report: every module when few, else the weakest and strongest. */
final class MarkdownHealth {
  /** Up to this many modules are all listed; beyond, the {@link #EACH_END} weakest and strongest. */
  private static final int ALL_UP_TO = 10;
  private static final int EACH_END = 5;

  private final List<ModuleHealth> modules;

  MarkdownHealth(List<ModuleHealth> modules) {
    this.modules = modules;
  }

  void write(List<String> out) {
    if (modules.size() < 2) {
      return;
    }
    MarkdownReport.section("Health by module", out);
    out.add(modules.size() <= ALL_UP_TO ? "Weakest first." : "The " + EACH_END + " weakest and the "
        + EACH_END + " strongest of " + Counts.of(modules.size(), "module") + ".");
    out.add("");
    out.addAll(Markdown.header(List.of("Module", "Files", "Code lines", "Health"), "lrrr"));
    List<ModuleHealth> shown = new ArrayList<>(modules);
    if (modules.size() > ALL_UP_TO) {
      shown = new ArrayList<>(modules.subList(0, EACH_END));
      shown.add(null);
      shown.addAll(modules.subList(modules.size() - EACH_END, modules.size()));
    }
    for (ModuleHealth m : shown) {
      out.add(m == null ? Markdown.row(List.of("...", "", "", ""))
          : Markdown.row(List.of(Markdown.text(m.name()), Counts.number(m.files()), Counts.number(m.codeLines()),
              m.health().graded())));
    }
  }
}
