package dev.perfscope.report;

import dev.perfscope.model.AnalysisResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code perf-report.html}: one self-contained page (inline CSS, JS and SVG, no network) with summary cards,
 * charts and sortable tables. The result is embedded as HTML-safe JSON; the page's script builds every
 * element from it with {@code textContent}, so nothing from source code is ever parsed as markup.
 */
public final class HtmlReport implements ReportWriter {
  public static final String FILE_NAME = "perf-report.html";
  private static final String TEMPLATE = "report.html";
  private static final String DATA_MARK = "__PERFSCOPE_DATA__";
  private static final String GUIDES_MARK = "__PERFSCOPE_GUIDES__";

  @Override
  public String format() {
    return "html";
  }

  @Override
  public Path write(AnalysisResult result, Path outputDirectory) throws IOException {
    Path target = outputDirectory.resolve(FILE_NAME);
    String page = page(result);
    AtomicFiles.write(target, out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
    return target;
  }

  /** The whole page for {@code result}. */
  public String page(AnalysisResult result) throws IOException {
    // Guides first: text inserted by one replace is never scanned by it, so data cannot smuggle a mark in.
    return template()
        .replace(GUIDES_MARK, JsonReport.htmlSafe(RuleGuide.all()))
        .replace(DATA_MARK, JsonReport.htmlSafe(result));
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
