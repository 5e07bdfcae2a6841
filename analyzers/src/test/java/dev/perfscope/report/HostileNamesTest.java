package dev.perfscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.threshold.FailOn;
import dev.perfscope.threshold.Gate;
import dev.perfscope.threshold.GateMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A file and a function named to break out of every format come out escaped, and read back unchanged. */
class HostileNamesTest {
  private static final String HOSTILE = ReportSamples.HOSTILE;

  @TempDir Path out;

  @Test
  void htmlEmbedsNoMarkupFromSource() throws IOException {
    String page = new HtmlReport().page(ReportSamples.hostile());
    assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("]]>");
    String data = between(page, "<script type=\"application/json\" id=\"perf-data\">", "</script>");
    assertThat(data).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    JsonNode parsed = new ObjectMapper().readTree(data);
    assertThat(parsed.at("/files/0/functions/0/name").asText()).isEqualTo(HOSTILE);
  }

  @Test
  void jsonReadsBackTheSameName() throws IOException {
    AnalysisResult read = JsonReport.read(new JsonReport().write(ReportSamples.hostile(), out));
    assertThat(read.files().get(0).functions().get(0).name()).isEqualTo(HOSTILE);
  }

  @Test
  void markdownEscapesTablesCodeSpansAndMarkup() throws IOException {
    String text = Files.readString(new MarkdownReport().write(ReportSamples.hostile(), out));
    assertThat(text).doesNotContainPattern("(?<!\\\\)[<`&\\[]").contains("\\|\\`x\\`\"'\\&\\]\\]>");
    for (String row : text.lines().filter(l -> l.startsWith("| P")).toList()) {
      assertThat(row.split("(?<!\\\\)\\|", -1)).as(row).hasSize(7); // 5 cells, the pipe in the name escaped
    }
  }

  @Test
  void sarifCarriesTheNameAsJsonText() throws IOException {
    JsonNode sarif = new ObjectMapper().readTree(new SarifReport(null).write(ReportSamples.hostile(), out).toFile());
    List<String> messages = new ArrayList<>();
    sarif.at("/runs/0/results").forEach(r -> messages.add(r.at("/message/text").asText()));
    assertThat(messages).anyMatch(m -> m.startsWith(HOSTILE + ": cyclomatic complexity 40"));
    assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("src/%3C/script%3E%3Cscript%3Ealert(1)%3C/script%3E%7C%60x%60%22'&%5D%5D%3E.java");
  }

  @Test
  void checkstyleIsWellFormedXmlHoldingTheName() throws Exception {
    Path xml = new CheckstyleReport().write(ReportSamples.hostile(), out);
    assertThat(Files.readString(xml, StandardCharsets.UTF_8)).doesNotContain("<script>").doesNotContain("]]>");
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    Element file = (Element) document.getElementsByTagName("file").item(0);
    assertThat(file.getAttribute("name")).endsWith("src/" + HOSTILE + ".java");
    Element error = (Element) document.getElementsByTagName("error").item(1);
    assertThat(error.getAttribute("message")).startsWith(HOSTILE);
  }

  @Test
  void textFromTheTreeNeverBecomesMarkupInAnyFormat() throws Exception {
    AnalysisResult injected = ReportSamples.injected();
    String page = new HtmlReport().page(injected);
    assertThat(between(page, "<script type=\"application/json\" id=\"perf-data\">", "</script>"))
        .doesNotContain("<").doesNotContain(">");
    assertThat(page).doesNotContain("<img").doesNotContain("<script>document");
    AnalysisResult read = JsonReport.read(new JsonReport().write(injected, out));
    assertThat(List.of(read.files().get(1).parseError().message(), read.files().get(0).decodeError().message(),
        read.files().get(2).note().message(), read.files().get(0).suppressions().get(0).reason()))
        .containsOnly(ReportSamples.INJECTION);
    assertThat(Files.readString(new MarkdownReport().write(injected, out))).doesNotContainPattern("(?<!\\\\)[<`]");
    JsonNode sarif = new ObjectMapper().readTree(new SarifReport(null).write(injected, out).toFile());
    assertThat(sarif.at("/runs/0/results").findValuesAsText("text"))
        .anySatisfy(text -> assertThat(text).startsWith(ReportSamples.INJECTION));
    Path xml = new CheckstyleReport().write(injected, out);
    assertThat(Files.readString(xml)).doesNotContain("<img").doesNotContain("<script");
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile()); // well-formed
  }

  @Test
  void controlCharactersInANameCannotForgeLinesInTextOutputs() throws Exception {
    AnalysisResult forged = ReportSamples.forged();
    String escaped = "x.py\\n[INFO] BUILD SUCCESS\\r\\n[INFO] fake\\u2028\\t.py";
    List<String> console = new ConsoleSummary().lines(forged);
    assertThat(console).noneMatch(line -> line.startsWith("[INFO]") || line.matches("(?s).*[\\n\\r\\u2028\\t].*"))
        .anyMatch(line -> line.equals("Parse error: " + escaped + ":1:1: " + escaped))
        .anyMatch(line -> line.equals("Skipped: " + escaped + ": binary (" + escaped + ")"));
    Gate gate = new Gate(FailOn.WARNING, true);
    List<String> failure = GateMessage.lines(gate, gate.evaluate(forged), List.of(), s -> "perf." + s);
    assertThat(String.join("\n", failure).lines()).hasSameSizeAs(failure).contains("  " + escaped + ":3 " + escaped
        + ": cyclomatic complexity 40 (critical > 20)");
    String markdown = Files.readString(new MarkdownReport().write(forged, out));
    assertThat(markdown.lines()).noneMatch(line -> line.startsWith("[INFO]")).anyMatch(line -> line.contains(
        "x.py\\\\n\\[INFO\\] BUILD SUCCESS\\\\r\\\\n\\[INFO\\] fake\\\\u2028\\\\t.py"));
    assertThat(markdown).doesNotContain("\u2028").doesNotContain("\t");
  }

  @Test
  void checkstyleKeepsLineEndsInAttributesAsCharacterReferences() throws Exception {
    Path xml = new CheckstyleReport().write(ReportSamples.forged(), out);
    assertThat(Files.readString(xml)).contains("x.py&#10;[INFO] BUILD SUCCESS&#13;&#10;[INFO] fake\u2028&#9;.py");
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    Element file = (Element) document.getElementsByTagName("file").item(0);
    assertThat(file.getAttribute("name")).isEqualTo("/work/forged/" + ReportSamples.FORGED);
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }
}
