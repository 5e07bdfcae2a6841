package dev.perfscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.perfscope.model.AnalysisResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium ({@code .ci/run} installs Debian's {@code chromium}): the script
 * runs without a console message, the charts and tables are built, a hostile name stays text, sorting and
 * filtering work (driven by playwright-core), and screenshots are kept under {@code target/html-report/}.
 * Skipped, saying so, without Chromium (or, for the interaction, without playwright-core).
 */
class HtmlRenderTest {
  private static final Path KEPT = HtmlBrowser.KEPT;
  private static final Pattern ROW = Pattern.compile("<tr[ >]");

  @TempDir Path profile;

  @Test
  void rendersChartsAndTablesWithoutConsoleMessages() throws Exception {
    HtmlBrowser.assumeChromium();
    Path page = new HtmlReport().write(ReportSamples.shop(), Files.createDirectories(KEPT));
    HtmlBrowser.Run run = HtmlBrowser.chromium(profile, page, "--dump-dom");
    assertThat(run.log()).as("console messages").doesNotContain(":CONSOLE");
    String dom = run.output();
    assertThat(dom).contains("id=\"histogram-chart\"", "id=\"scatter-chart\"", "class=\"threshold\"");
    assertThat(count(dom, "class=\"bar\"")).isPositive();
    assertThat(count(dom, "class=\"dot\"")).isEqualTo(9);
    // one row per finding (the shop has fewer than a page), the rule's reason and fix once in the rules table
    assertThat(count(ROW, between(dom, "id=\"findings-table\"", "</table>")))
        .isEqualTo(1 + ReportSamples.shop().findings().size());
    String impact = RuleGuide.of("cyclomatic").impact();
    assertThat(count(between(dom, "id=\"rules-table\"", "</table>"), impact)).isEqualTo(1);
    assertThat(between(dom, "id=\"findings-table\"", "</table>")).doesNotContain(impact);
    // header + the 9 source files: the documentation and data file are counted in the cards only
    assertThat(count(ROW, between(dom, "id=\"files-table\"", "</table>"))).isEqualTo(10);
    assertThat(dom).contains(">Source files<", ">Docs, data and generated files<", ">Skipped files<")
        .doesNotContain(">src/main/resources/catalog.json<");
    assertThat(dom).contains(">" + ReportSamples.shop().health().score() + " / 100 ("
        + ReportSamples.shop().health().letter() + ")<", ">100 (A)<"); // the card, and Broken.java's health cell
    assertThat(count(dom, "class=\"suppressed-finding\"")).isEqualTo(1);
    assertThat(dom).contains("Reason: pricing rules, see ADR-7");
    assertThat(dom).contains("id=\"hotspot-chart\"", "id=\"hotspots-table\"");
    assertThat(count(dom, "class=\"bubble\"")).isEqualTo(2);
    assertThat(count(dom, "class=\"sparkline\"")).isEqualTo(1); // only Billing has a trend
    // one card per recommendation, the shared code's copies and home among the plan lines
    assertThat(count(dom, "class=\"recommendation finding")).isEqualTo(ReportSamples.shop().recommendations().size());
    assertThat(dom).contains("tokens, to a new module src/Totals.java");
    assertThat(dom).contains("Billing.java (stays), 640 lines: Billing.Billing, Billing.total",
        "lines 60-99 (cognitive 12): reads order, rate, writes net");
    Path png = KEPT.resolve("perf-report.png");
    HtmlBrowser.chromium(profile, page, "--screenshot=" + png.toAbsolutePath(), "--window-size=1400,1900", "--hide-scrollbars");
    assertThat(png).isNotEmptyFile();
  }

  @Test
  void hostileNamesStayText() throws Exception {
    HtmlBrowser.assumeChromium();
    AnalysisResult hostile = ReportSamples.hostile();
    Path page = new HtmlReport().write(hostile, Files.createDirectories(KEPT.resolve("hostile")));
    HtmlBrowser.Run run = HtmlBrowser.chromium(profile, page, "--dump-dom");
    assertThat(run.log()).doesNotContain(":CONSOLE");
    assertThat(count(run.output(), "<script")).isEqualTo(5); // the four data blocks and the page's own script
    assertThat(run.output()).contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;|`x`\"'&amp;]]&gt;");
  }

  @Test
  void injectedMarkupRunsNoScript() throws Exception {
    HtmlBrowser.assumeChromium();
    Path page = new HtmlReport().write(ReportSamples.injected(), Files.createDirectories(KEPT.resolve("injected")));
    HtmlBrowser.Run run = HtmlBrowser.chromium(profile, page, "--dump-dom");
    assertThat(run.log()).doesNotContain(":CONSOLE").doesNotContain("pwned");
    assertThat(run.output()).contains("<title>Perfscope report: injected</title>").doesNotContain("<img");
    assertThat(count(run.output(), "<script")).isEqualTo(5); // the four data blocks and the page's own script
    assertThat(run.output()).contains("&lt;/script&gt;&lt;script&gt;document.title='pwned'");
  }

  @Test
  void sortsAndFiltersInABrowser() throws Exception {
    Path page = new HtmlReport().write(ReportSamples.shop(), Files.createDirectories(KEPT));
    JsonNode result = HtmlBrowser.playwright("html-interaction.js", page.toAbsolutePath().toString(),
        KEPT.resolve("perf-report-interaction.png").toAbsolutePath().toString());
    assertThat(result.get("messages")).as("console messages, page errors, network").isEmpty();
    assertThat(result.at("/linesDescending/0").asText()).isEqualTo("src/main/java/shop/Billing.java");
    assertThat(result.at("/linesAscending/8").asText()).isEqualTo("src/main/java/shop/Billing.java");
    assertThat(result.get("filtered")).extracting(JsonNode::asText).containsExactly("Cart.total");
  }

  private static int count(String text, String needle) {
    return count(Pattern.compile(Pattern.quote(needle)), text);
  }

  private static int count(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    int found = 0;
    while (matcher.find()) {
      found++;
    }
    return found;
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    return text.substring(from, text.indexOf(end, from));
  }
}
