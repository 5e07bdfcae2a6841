package dev.perfscope.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfscope.Perfscope;
import dev.perfscope.run.RunConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site pages' content, as the site goals get it from the core: neutral blocks in order, the HTML report beside. */
class SitePagesTest {
  @TempDir Path project;
  @TempDir Path site;

  private RunConfig config(Path basedir, Map<String, Integer> levels) {
    RunConfig.Project sources = new RunConfig.Project(basedir, List.of(Path.of(".")), List.of(), List.of(), "UTF-8",
        List.of(), basedir);
    RunConfig.Checks checks = new RunConfig.Checks(levels, List.of(), "source", null);
    return RunConfig.defaults(sources, site).withChecks(checks)
        .withInputs(new RunConfig.Inputs("5MB", 10, false, false, 365, null));
  }

  private void write(String path, String text) throws IOException {
    Files.createDirectories(project.resolve(path).getParent());
    Files.writeString(project.resolve(path), text);
  }

  @Test
  void aProjectPageShowsHealthTotalsFindingsLargestFilesAndThresholdsAndLinksTheHtmlReport() throws IOException {
    write("a/A.java", "class A {\n  int f(int x) {\n    if (x > 0) { return 1; }\n    if (x < 0) { return 2; }\n"
        + "    return 0;\n  }\n}\n");
    write("b/B.java", "class B {}\n");
    SiteContent page = Perfscope.projectPage(config(project, Map.of("cyclomatic.warning", 2)), site, "perfscope");
    assertThat(page.title()).isEqualTo("Perfscope: size and complexity");
    assertThat(page.blocks().get(0)).isInstanceOfSatisfying(SiteContent.Paragraph.class, p -> {
      assertThat(p.text()).startsWith("Health score ").endsWith("Charts, sortable tables of every file and function: ");
      assertThat(p.href()).isEqualTo("perfscope/perf-report.html");
    });
    assertThat(page.blocks().stream().filter(SiteContent.Heading.class::isInstance).map(b -> ((SiteContent.Heading) b).title()))
        .containsExactly("Health by module", "Findings, what to fix first", "Largest files", "Thresholds in force");
    SiteContent.Table findings = (SiteContent.Table) page.blocks().get(page.blocks().indexOf(
        new SiteContent.Heading("Findings, what to fix first")) + 1);
    assertThat(findings.headers()).containsExactly("Severity", "Location", "Finding", "What to do");
    // what the Markdown report says to do: here, with no extraction worth proposing, the rule's usual fix
    assertThat(findings.rows()).singleElement().satisfies(row -> assertThat(row)
        .containsExactly("warning", "a/A.java:2", "A.f: cyclomatic complexity 3 (warning > 2)",
            "Replace condition chains with lookups or polymorphism, and extract branches into functions."));
    assertThat(site.resolve("perfscope/perf-report.html")).content().contains("id=\"perf-data\"");
  }

  @Test
  void anAggregatePageScoresTheModulesTogetherAndLinksEachOnesReport() throws IOException {
    write("one/A.java", "class A {}\n");
    write("two/b.py", "def g():\n    return 2\n");
    SiteContent page = Perfscope.aggregatePage(List.of(
        new Perfscope.Module("one", config(project.resolve("one"), Map.of())),
        new Perfscope.Module("two", config(project.resolve("two"), Map.of()))), site, "perfscope-aggregate");
    assertThat(page.title()).isEqualTo("Perfscope: all modules");
    assertThat(((SiteContent.Paragraph) page.blocks().get(0)).text()).endsWith(" over 2 modules.");
    assertThat(page.blocks()).filteredOn(SiteContent.Paragraph.class::isInstance)
        .extracting(b -> ((SiteContent.Paragraph) b).href()).containsSubsequence(
            "perfscope-aggregate/one/perf-report.html", "perfscope-aggregate/two/perf-report.html");
    assertThat(site.resolve("perfscope-aggregate/two/perf-report.html")).exists();
  }

  /** A long file with no split plan: the site says so, as the Markdown report does, not the rule's usual fix. */
  @Test
  void aLongFileWithNoSplitSaysWhatHoldsItsLength() throws IOException {
    write("c/C.java", "class C {\n  int a;\n  int f() {\n    return a;\n  }\n  int g() {\n    return f();\n  }\n}\n");
    SiteContent page = Perfscope.projectPage(config(project, Map.of("file-lines.warning", 5)), site, "perfscope");
    SiteContent.Table findings = (SiteContent.Table) page.blocks().get(page.blocks().indexOf(
        new SiteContent.Heading("Findings, what to fix first")) + 1);

    assertThat(findings.rows()).singleElement().satisfies(row -> assertThat(row.get(3)).startsWith(
        "No split plan: no grouping of its members makes parts that depend little on each other. Most of its "
            + "length is in"));
  }

  @Test
  void aValueThatCannotBeUsedIsSaidInTheUsersWords() {
    RunConfig config = config(project, Map.of("nesting.warning", -1));
    RunConfig named = new RunConfig(config.project(), config.inputs(), config.checks(), config.gating(),
        config.execution(), config.output(), "perf.", config.duplicates());
    assertThatThrownBy(() -> Perfscope.projectPage(named, site, "perfscope")).isInstanceOf(Perfscope.Failure.class)
        .hasMessage("Invalid value for perf.nesting.warning: '-1'. Allowed: a whole number >= 0.");
  }
}
