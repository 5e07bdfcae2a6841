package dev.perfscope.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.config.Defaults;
import dev.perfscope.report.ReportFormats;
import dev.perfscope.threshold.Limit;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.Thresholds;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the generated plugin descriptor: the thresholds the goal documents and uses by default are the
 * core's defaults, under the properties the docs promise, and every parameter is documented.
 */
class PluginDescriptorTest {
  private static final Map<String, Element> GOALS = new HashMap<>();
  private static Element analyze;

  @BeforeAll
  static void readDescriptor() throws Exception {
    Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile());
    NodeList mojos = document.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      GOALS.put(text(mojo, "goal"), mojo);
    }
    analyze = GOALS.get("analyze");
    assertThat(GOALS).as("goals in " + descriptor).containsKeys("analyze", "baseline", "report", "report-aggregate");
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
  }

  private static Element configuration(String parameter) {
    return configuration(analyze, parameter);
  }

  private static Element configuration(Element goal, String parameter) {
    Element configuration = (Element) goal.getElementsByTagName("configuration").item(0);
    return (Element) configuration.getElementsByTagName(parameter).item(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyze", "report", "report-aggregate"})
  void thresholdDefaultsAndPropertiesMatchTheCore(String goal) {
    for (Rule rule : Rule.values()) {
      Limit limit = Thresholds.defaults().limit(rule);
      String name = camel(rule.id());
      Element warning = configuration(GOALS.get(goal), name + "Warning");
      Element critical = configuration(GOALS.get(goal), name + "Critical");
      assertThat(warning.getAttribute("default-value")).as(name).isEqualTo(String.valueOf(limit.warning()));
      assertThat(critical.getAttribute("default-value")).as(name).isEqualTo(String.valueOf(limit.critical()));
      assertThat(warning.getTextContent()).isEqualTo("${perf." + rule.id() + ".warning}");
      assertThat(critical.getTextContent()).isEqualTo("${perf." + rule.id() + ".critical}");
    }
  }

  @Test
  void goalRunsInVerifyIsThreadSafeAndNeedsNoProject() {
    assertThat(text(analyze, "phase")).isEqualTo("verify");
    assertThat(text(analyze, "threadSafe")).isEqualTo("true");
    assertThat(text(analyze, "requiresProject")).isEqualTo("false");
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyze", "baseline", "report", "report-aggregate"})
  void everyEditableParameterIsDocumentedAndHasAPerfProperty(String goal) {
    NodeList parameters = ((Element) GOALS.get(goal).getElementsByTagName("parameters").item(0))
        .getElementsByTagName("parameter");
    for (int i = 0; i < parameters.getLength(); i++) {
      Element parameter = (Element) parameters.item(i);
      if (text(parameter, "editable").equals("true")) {
        String name = text(parameter, "name");
        assertThat(text(parameter, "description")).as(name).isNotBlank();
        assertThat(configuration(GOALS.get(goal), name).getTextContent()).as(name).startsWith("${perf.");
      }
    }
  }

  /**
   * Every parameter is declared once, for all goals: the site goals take the same sources, limits, history
   * and thresholds, with the same properties and defaults (the core's constants), and not what only a build
   * goal does (the cache, the worker JVM, the baseline, pull-request mode, the gate).
   */
  @ParameterizedTest
  @ValueSource(strings = {"report", "report-aggregate"})
  void theSiteGoalsTakeTheSharedParametersAsAnalyzeDoes(String goal) {
    Map<String, String> shared = Map.of("maxFileSize", Defaults.MAX_FILE_SIZE, "parseTimeout", Defaults.PARSE_TIMEOUT,
        "followLinks", "false", "history", "true", "historyDays", Defaults.HISTORY_DAYS,
        "thresholdKinds", Defaults.THRESHOLD_KINDS, "threads", "", "pathThresholds", "", "encoding",
        "${project.build.sourceEncoding}", "skip", "false");
    for (Map.Entry<String, String> parameter : shared.entrySet()) {
      String name = parameter.getKey();
      Element site = configuration(GOALS.get(goal), name);
      assertThat(site).as(goal + " " + name).isNotNull();
      assertThat(site.getAttribute("default-value")).as(name).isEqualTo(parameter.getValue())
          .isEqualTo(configuration(name).getAttribute("default-value"));
      assertThat(site.getTextContent()).as(name).isEqualTo("${perf." + name + "}")
          .isEqualTo(configuration(name).getTextContent());
    }
    for (String buildOnly : List.of("since", "baseline", "cache", "fork", "failOn", "formats", "maxAllowedCritical")) {
      assertThat(configuration(GOALS.get(goal), buildOnly)).as(goal + " " + buildOnly).isNull();
    }
  }

  @Test
  void theBuildGoalsDefaultsAreTheCoreConstants() {
    assertThat(configuration("fork").getAttribute("default-value")).isEqualTo(Defaults.FORK);
    assertThat(configuration("failOn").getAttribute("default-value")).isEqualTo(Defaults.FAIL_ON);
    for (String parameter : List.of("outputDirectory", "parseTimeout", "maxAllowedCritical", "maxAllowedWarning")) {
      assertThat(configuration(parameter).getTextContent()).isEqualTo("${perf." + parameter + "}");
    }
    assertThat(configuration(GOALS.get("baseline"), "since").getTextContent()).isEqualTo("${perf.since}");
    assertThat(configuration(GOALS.get("baseline"), "failOn")).isNull();
  }

  @Test
  void formatsDefaultIsTheCoreDefaultAndTheAggregateRunsOnceAtTheRoot() {
    assertThat(configuration("formats").getAttribute("default-value")).isEqualTo(ReportFormats.DEFAULT);
    assertThat(configuration("formats").getTextContent()).isEqualTo("${perf.formats}");
    assertThat(text(GOALS.get("report-aggregate"), "aggregator")).isEqualTo("true");
    assertThat(text(GOALS.get("report-aggregate"), "inheritedByDefault")).isEqualTo("false");
  }

  private static String camel(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("-")) {
      out.append(out.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    return out.toString();
  }
}
