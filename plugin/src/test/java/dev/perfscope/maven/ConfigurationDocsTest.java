package dev.perfscope.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.Perfscope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The configuration reference ({@code docs/configuration.md}) against the generated plugin descriptor: every
 * parameter of every goal that a property sets has a row there, under that property, with the default the
 * goal really uses. The defaults are written once in the code; this keeps the docs from drifting.
 */
class ConfigurationDocsTest {
  private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
  private static final Path DOCS = Path.of("../docs/configuration.md");

  /** One row of a table in the docs: its cells, backticks removed. */
  private record Row(List<String> cells) {
    String cell(int i) {
      return i < cells.size() ? cells.get(i) : "";
    }
  }

  private static List<Row> rows;
  private static Document descriptor;

  @BeforeAll
  static void read() throws Exception {
    rows = new ArrayList<>();
    for (String line : Files.readAllLines(DOCS)) {
      if (line.startsWith("|") && line.contains("`perf.")) {
        rows.add(new Row(Arrays.stream(line.substring(1).split("\\|")).map(c -> c.replace("`", "").strip())
            .toList()));
      }
    }
    descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
  }

  @Test
  void everyPropertyOfEveryGoalIsDocumentedWithItsDefault() throws IOException {
    NodeList mojos = descriptor.getElementsByTagName("mojo");
    int checked = 0;
    for (int m = 0; m < mojos.getLength(); m++) {
      Element mojo = (Element) mojos.item(m);
      String goal = mojo.getElementsByTagName("goal").item(0).getTextContent();
      NodeList configured = ((Element) mojo.getElementsByTagName("configuration").item(0)).getChildNodes();
      for (int i = 0; i < configured.getLength(); i++) {
        if (configured.item(i) instanceof Element parameter && parameter.getTextContent().startsWith("${perf.")) {
          String property = parameter.getTextContent().replaceAll("^\\$\\{|}$", "");
          String what = goal + " " + parameter.getTagName() + " (" + property + ")";
          Row row = rowOf(property, what);
          String defaultValue = parameter.getAttribute("default-value");
          if (names(row.cell(2), property)) { // a threshold row: metric, parameters, properties, "warning / critical"
            int level = row.cell(2).indexOf(property) < row.cell(2).indexOf(',') ? 0 : 1;
            assertThat(row.cell(3).split(" / ")[level].strip()).as(what).isEqualTo(defaultValue);
          } else if (!defaultValue.isEmpty()) {
            assertThat(row.cell(2)).as(what).startsWith(defaultValue);
          } else {
            assertThat(row.cell(2)).as(what + ": no default, so the docs say what happens unset").isNotBlank();
          }
          checked++;
        }
      }
    }
    assertThat(checked).as("parameters checked").isGreaterThan(40);
  }

  /**
   * The folders analyzed by default beside Maven's source roots come from the languages
   * ({@code LanguageAnalyzer.sourceFolders}); the docs list each, so a new language's folder is documented.
   */
  @Test
  void everyLanguageFolderAnalyzedByDefaultIsDocumented() throws IOException {
    String unset = rowOf("perf.sourceRoots", "sourceRoots").cell(2);
    assertThat(Perfscope.conventionalSourceFolders()).contains("src/main/python", "src/main/ts")
        .allSatisfy(folder -> assertThat(unset).as("sourceRoots' default in " + DOCS).contains(folder));
    String usage = Files.readString(DOCS.resolveSibling("usage.md"));
    assertThat(Perfscope.conventionalSourceFolders())
        .allSatisfy(folder -> assertThat(usage).as("docs/usage.md").contains("`" + folder + "`"));
  }

  /** Whether {@code cell}, a comma-separated list, names {@code property}. */
  private static boolean names(String cell, String property) {
    return Arrays.stream(cell.split(",")).map(String::strip).anyMatch(property::equals);
  }

  private static Row rowOf(String property, String what) {
    List<Row> matching = rows.stream().filter(row -> names(row.cell(1), property) || names(row.cell(2), property))
        .toList();
    assertThat(matching).as(what + " in " + DOCS).hasSize(1);
    return matching.get(0);
  }
}
