package dev.perfscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.perfscope.model.AnalysisResult;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report on trees the size of real modules, in headless Chromium: a result of {@code java.base}'s shape
 * (3,100 files, 1,242,323 lines, 127-character unit names, over 500 findings) stays a page of bounded tabs, with
 * nothing spilling out of its box, chart labels round, apart and inside their chart, a treemap that drills down
 * and findings that page; a tree of 160,000 files
 * renders at all. Screenshots of each tab are kept under {@code target/html-report/}.
 */
class HtmlScaleTest {
  /**
   * The tallest any tab may be in a 1400 px wide window; java.base's report was one page of 176,000 px. Tables
   * and lists page, so no tab grows with the tree.
   */
  private static final int MAX_TAB_HEIGHT = 4000;
  /** A bound only a broken page reaches (a loaded 2-core CI machine takes seconds): the figure is printed. */
  private static final int MAX_RENDER_MS = 60_000;

  @TempDir Path profile;

  @Test
  void holdsUpAtJavaBaseSize() throws Exception {
    HtmlBrowser.assumeChromium();
    AnalysisResult javaBase = ReportSamples.javaBaseShape();
    assertThat(javaBase.summary().files()).isEqualTo(3100);
    assertThat(javaBase.summary().lines()).isEqualTo(ReportSamples.JAVA_BASE_LINES);
    assertThat(javaBase.findings().size()).isGreaterThan(500);
    Path page = new HtmlReport().write(javaBase, Files.createDirectories(HtmlBrowser.KEPT.resolve("java-base")));

    JsonNode seen = HtmlBrowser.playwright("html-scale.js", page.toAbsolutePath().toString(),
        HtmlBrowser.KEPT.resolve("java-base").toAbsolutePath().toString());

    System.out.printf("java.base-sized HTML report: built in %d ms after navigation (%d ms to the load event "
        + "and the script's end); tab heights %s%n", seen.get("renderedMs").asInt(), seen.get("loadMs").asInt(),
        heights(seen));
    assertThat(seen.get("messages")).as("console messages, page errors, network").isEmpty();
    assertThat(seen.get("renderedMs").asInt()).isPositive().isLessThan(MAX_RENDER_MS);
    assertThat(names(seen.get("tabs"))).containsExactly("overview", "findings", "recommendations", "files", "functions",
        "thresholds");
    seen.get("tabs").fields().forEachRemaining(tab -> {
      assertThat(tab.getValue().get("height").asInt()).as(tab.getKey() + " tab height").isLessThanOrEqualTo(MAX_TAB_HEIGHT);
      assertThat(tab.getValue().get("overflows")).as(tab.getKey() + " tab: content wider than its box").isEmpty();
      assertThat(tab.getValue().get("chartLabels")).as(tab.getKey() + " tab: chart labels").isEmpty();
    });
    // the treemap opens a folder and the breadcrumb leads back
    assertThat(seen.at("/treemap/top")).hasSize(1);
    assertThat(seen.at("/treemap/drilled")).hasSize(2);
    assertThat(seen.at("/treemap/drilled/1").asText()).endsWith("/");
    assertThat(seen.at("/treemap/tilesInside").asInt()).isGreaterThan(10);
    assertThat(seen.at("/treemap/back")).hasSize(1);
    // findings page by 100, in the order to fix them; a rule narrows them
    int findings = javaBase.findings().size();
    assertThat(seen.at("/findings/firstPage/rows").asInt()).isEqualTo(100);
    assertThat(seen.at("/findings/firstPage/note").asText()).startsWith("Rows 1\u2013100 of " + String.format("%,d", findings));
    assertThat(seen.at("/findings/secondPage/first").asText()).isEqualTo("101");
    String rule = seen.at("/findings/rule").asText();
    long ofRule = javaBase.findings().stream().filter(f -> f.rule().equals(rule)).count();
    assertThat(seen.at("/findings/ruleNote").asText()).contains(" of " + String.format("%,d", ofRule) + " matching");
    assertThat(HtmlBrowser.KEPT.resolve("java-base-overview.png")).isNotEmptyFile();
  }

  @Test
  void rendersATreeOf160000Files() throws Exception {
    HtmlBrowser.assumeChromium();
    Path page = new HtmlReport().write(ReportSamples.largeTree(160_000),
        Files.createDirectories(HtmlBrowser.KEPT.resolve("large-tree")));
    HtmlBrowser.Run run = HtmlBrowser.chromium(profile, page, "--dump-dom");
    assertThat(run.log()).as("console messages").doesNotContain(":CONSOLE");
    String dom = run.output();
    assertThat(dom).contains("Rows 1\u2013100 of 160,000; click a column to sort.", "id=\"histogram-chart\"",
        "id=\"scatter-chart\"", "class=\"tm");
  }

  @Test
  void theScriptNeverSpreadsAnArrayIntoArguments() throws Exception {
    String template;
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.html")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Math.max.apply(null, values) and f(...values) pass each element as an argument: past about 100,000 the
    // engine's stack overflows, and a large tree's page stayed blank
    assertThat(template).doesNotContainPattern("\\.apply\\(").doesNotContainPattern("\\.\\.\\.[\\w\\[(]");
  }

  private static Iterable<String> names(JsonNode object) {
    return object::fieldNames;
  }

  private static String heights(JsonNode seen) {
    StringBuilder text = new StringBuilder();
    seen.get("tabs").fields().forEachRemaining(t -> text.append(text.length() > 0 ? ", " : "").append(t.getKey())
        .append(' ').append(t.getValue().get("height").asInt()).append(" px"));
    return text.toString();
  }
}
