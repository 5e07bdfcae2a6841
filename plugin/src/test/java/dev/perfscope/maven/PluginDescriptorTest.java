package dev.perfscope.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.threshold.Limit;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.Thresholds;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the generated plugin descriptor: the thresholds the goal documents and uses by default are the
 * core's defaults, under the properties the docs promise, and every parameter is documented.
 */
class PluginDescriptorTest {
  private static Element analyze;

  @BeforeAll
  static void readDescriptor() throws Exception {
    Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile());
    NodeList mojos = document.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      if (text(mojo, "goal").equals("analyze")) {
        analyze = mojo;
      }
    }
    assertThat(analyze).as("analyze goal in " + descriptor).isNotNull();
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
  }

  private static Element configuration(String parameter) {
    Element configuration = (Element) analyze.getElementsByTagName("configuration").item(0);
    return (Element) configuration.getElementsByTagName(parameter).item(0);
  }

  @Test
  void thresholdDefaultsAndPropertiesMatchTheCore() {
    for (Rule rule : Rule.values()) {
      Limit limit = Thresholds.defaults().limit(rule);
      String name = camel(rule.id());
      Element warning = configuration(name + "Warning");
      Element critical = configuration(name + "Critical");
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

  @Test
  void everyEditableParameterIsDocumentedAndHasAPerfProperty() {
    NodeList parameters = ((Element) analyze.getElementsByTagName("parameters").item(0))
        .getElementsByTagName("parameter");
    for (int i = 0; i < parameters.getLength(); i++) {
      Element parameter = (Element) parameters.item(i);
      if (text(parameter, "editable").equals("true")) {
        String name = text(parameter, "name");
        assertThat(text(parameter, "description")).as(name).isNotBlank();
        assertThat(configuration(name).getTextContent()).as(name).startsWith("${perf.");
      }
    }
  }

  private static String camel(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("-")) {
      out.append(out.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    return out.toString();
  }
}
