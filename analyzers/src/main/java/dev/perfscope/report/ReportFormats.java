package dev.perfscope.report;

import dev.perfscope.config.Defaults;
import dev.perfscope.config.ConfigurationException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one place that knows the report formats: it validates a {@code formats} list and gives a writer
 * per file format. {@code console} has no writer: it is the summary a goal logs.
 */
public final class ReportFormats {
  public static final String CONSOLE = "console";
  /** Every format, in the order reports are written. */
  public static final List<String> ALL = List.of(CONSOLE, "json", "html", "md", "sarif", "checkstyle");
  public static final String DEFAULT = Defaults.FORMATS;

  private ReportFormats() {}

  /** The formats in a comma-separated list, without repeats; a configuration error for an unknown or empty one. */
  public static List<String> parse(String value) {
    Set<String> chosen = new LinkedHashSet<>();
    for (String part : (value == null ? "" : value).split(",", -1)) {
      String format = part.trim().toLowerCase(Locale.ROOT);
      if (!ALL.contains(format)) {
        throw new ConfigurationException("formats", value,
            "a comma-separated list of " + String.join(", ", ALL));
      }
      chosen.add(format);
    }
    return List.copyOf(chosen);
  }

  /**
   * The writers for the chosen file formats. {@code repositoryRoot} is what SARIF paths are relative to (the
   * analysis root when null).
   */
  public static List<ReportWriter> writers(List<String> formats, Path repositoryRoot) {
    List<ReportWriter> writers = new ArrayList<>();
    for (String format : formats) {
      switch (format) {
        case "json" -> writers.add(new JsonReport());
        case "html" -> writers.add(new HtmlReport());
        case "md" -> writers.add(new MarkdownReport());
        case "sarif" -> writers.add(new SarifReport(repositoryRoot));
        case "checkstyle" -> writers.add(new CheckstyleReport());
        default -> { } // console is logged, not written
      }
    }
    return writers;
  }
}
