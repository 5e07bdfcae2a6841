package dev.perfscope.report;

import dev.perfscope.infra.AtomicFiles;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.Finding;
import dev.perfscope.model.Severity;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code perf-checkstyle.xml}: findings in Checkstyle's XML result format, which CI dashboards read. One
 * {@code file} element per file with findings (absolute path), one {@code error} per finding; suppressed findings
 * are listed too, at {@code info} severity with their reason.
 */
public final class CheckstyleReport implements ReportWriter {
  public static final String FILE_NAME = "perf-checkstyle.xml";

  @Override
  public String format() {
    return "checkstyle";
  }

  @Override
  public Path write(AnalysisResult result, Path outputDirectory) throws IOException {
    Path target = outputDirectory.resolve(FILE_NAME);
    AtomicFiles.write(target, out -> {
      try {
        Writer text = new AttributeWhitespace(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        write(result, xml);
        xml.close();
        text.flush();
      } catch (XMLStreamException e) {
        throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
      }
    });
    return target;
  }

  private static void write(AnalysisResult result, XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("checkstyle");
    xml.writeAttribute("version", "perfscope-" + clean(result.tool().version()));
    Map<String, List<Entry>> byPath = entries(result).stream().collect(Collectors.groupingBy(
        e -> e.finding().path(), TreeMap::new, Collectors.toList()));
    for (Map.Entry<String, List<Entry>> file : byPath.entrySet()) {
      xml.writeCharacters("\n  ");
      xml.writeStartElement("file");
      xml.writeAttribute("name", clean(Path.of(result.root()).resolve(file.getKey()).toString()));
      for (Entry entry : sorted(file.getValue())) {
        error(entry, xml);
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
    }
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
  }

  /** One {@code error} element: a finding, or a suppressed one at {@code info} severity with its reason. */
  private record Entry(Finding finding, String severity, String message) {}

  private static List<Entry> entries(AnalysisResult result) {
    List<Entry> entries = new ArrayList<>();
    result.findings().forEach(f ->
        entries.add(new Entry(f, f.severity() == Severity.CRITICAL ? "error" : "warning", f.message())));
    result.suppressed().forEach(s -> entries.add(
        new Entry(s.finding(), "info", s.finding().message() + " (suppressed: " + s.reason() + ")")));
    return entries;
  }

  private static void error(Entry entry, XMLStreamWriter xml) throws XMLStreamException {
    Finding finding = entry.finding();
    xml.writeCharacters("\n    ");
    xml.writeEmptyElement("error");
    xml.writeAttribute("line", String.valueOf(Math.max(1, finding.line())));
    xml.writeAttribute("severity", entry.severity());
    xml.writeAttribute("message", clean(entry.message()));
    xml.writeAttribute("source", "dev.perfscope." + clean(finding.rule()));
  }

  private static List<Entry> sorted(List<Entry> entries) {
    return entries.stream().sorted(Comparator.comparingInt((Entry e) -> e.finding().line())
        .thenComparing(e -> e.finding().rule())).toList();
  }

  /**
   * XML 1.0 cannot hold most control characters even escaped; they become U+FFFD. Tabs and line ends stay, as
   * character references in attributes ({@link AttributeWhitespace}).
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(allowedInXml(c) ? c : 0xFFFD));
    return out.toString();
  }

  private static boolean allowedInXml(int c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || c >= 0x10000;
  }
}
