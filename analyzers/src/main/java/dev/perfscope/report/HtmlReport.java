package dev.perfscope.report;

import dev.perfscope.infra.AtomicFiles;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.ModuleHealth;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code perf-report.html}: one self-contained page (inline CSS, JS and SVG, no network) behind tabs: summary
 * cards, a treemap of the folders by health, charts, and paged, sortable tables. The result is embedded as HTML-safe JSON; the page's script builds every
 * element from it with {@code textContent}, so nothing from source code is ever parsed as markup.
 */
public final class HtmlReport implements ReportWriter {
  public static final String FILE_NAME = "perf-report.html";
  private static final String TEMPLATE = "report.html";
  private static final String DATA_MARK = "__PERFSCOPE_DATA__";
  private static final String GUIDES_MARK = "__PERFSCOPE_GUIDES__";
  private static final String MODULES_MARK = "__PERFSCOPE_MODULES__";
  private static final String FOLDERS_MARK = "__PERFSCOPE_FOLDERS__";
  private static final List<String> PIECES = pieces(template());

  @Override
  public String format() {
    return "html";
  }

  @Override
  public Path write(AnalysisResult result, Path outputDirectory) throws IOException {
    Path target = outputDirectory.resolve(FILE_NAME);
    AtomicFiles.write(target, out -> write(result, out));
    return target;
  }

  /** The whole page for {@code result}. */
  public String page(AnalysisResult result) throws IOException {
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    write(result, page);
    return page.toString(StandardCharsets.UTF_8);
  }

  /**
   * Streams the page: the template's text, with the data written straight into its place (the data of a big
   * tree runs to megabytes, so it is never held as one string). The template is split at its marks once, so
   * nothing inserted is ever searched for a mark.
   */
  private static void write(AnalysisResult result, OutputStream out) throws IOException {
    for (String piece : PIECES) {
      switch (piece) {
        case DATA_MARK -> JsonReport.writeHtmlSafe(result, out);
        case GUIDES_MARK -> JsonReport.writeHtmlSafe(RuleGuide.all(), out);
        case MODULES_MARK -> JsonReport.writeHtmlSafe(ModuleHealth.of(result.files()), out);
        case FOLDERS_MARK -> JsonReport.writeHtmlSafe(FolderHealth.of(result.files()), out);
        default -> out.write(piece.getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** The template as text and marks, in order. */
  private static List<String> pieces(String template) {
    List<String> pieces = new ArrayList<>();
    Matcher marks = Pattern.compile(Pattern.quote(DATA_MARK) + "|" + Pattern.quote(GUIDES_MARK) + "|"
        + Pattern.quote(MODULES_MARK) + "|" + Pattern.quote(FOLDERS_MARK)).matcher(template);
    int from = 0;
    while (marks.find()) {
      pieces.add(template.substring(from, marks.start()));
      pieces.add(marks.group());
      from = marks.end();
    }
    pieces.add(template.substring(from));
    return List.copyOf(pieces);
  }

  private static String template() {
    try (InputStream in = HtmlReport.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TEMPLATE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
