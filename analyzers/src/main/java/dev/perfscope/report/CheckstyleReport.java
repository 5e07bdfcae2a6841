package dev.perfscope.report;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.Finding;
import dev.perfscope.model.Severity;
import java.io.IOException;
import java.nio.file.Path;
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
 * {@code file} element per file with findings (absolute path), one {@code error} per finding.
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
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        write(result, xml);
        xml.close();
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
    Map<String, List<Finding>> byPath = result.findings().stream().collect(Collectors.groupingBy(
        Finding::path, TreeMap::new, Collectors.toList()));
    for (Map.Entry<String, List<Finding>> file : byPath.entrySet()) {
      xml.writeCharacters("\n  ");
      xml.writeStartElement("file");
      xml.writeAttribute("name", clean(Path.of(result.root()).resolve(file.getKey()).toString()));
      for (Finding finding : sorted(file.getValue())) {
        error(finding, xml);
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
    }
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
  }

  private static void error(Finding finding, XMLStreamWriter xml) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeEmptyElement("error");
    xml.writeAttribute("line", String.valueOf(Math.max(1, finding.line())));
    xml.writeAttribute("severity", finding.severity() == Severity.CRITICAL ? "error" : "warning");
    xml.writeAttribute("message", clean(finding.message()));
    xml.writeAttribute("source", "dev.perfscope." + clean(finding.rule()));
  }

  private static List<Finding> sorted(List<Finding> findings) {
    return findings.stream().sorted(Comparator.comparingInt(Finding::line).thenComparing(Finding::rule)).toList();
  }

  /** XML 1.0 cannot hold most control characters even escaped; they become U+FFFD. */
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
