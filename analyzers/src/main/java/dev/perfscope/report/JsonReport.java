package dev.perfscope.report;

import dev.perfscope.infra.JsonMapper;
import dev.perfscope.infra.AtomicFiles;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.perfscope.model.AnalysisResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code perf-report.json}: the serialized {@link AnalysisResult}, the contract other tools read (see
 * {@code docs/report-format.md}). Reading it back gives the same model.
 */
public final class JsonReport implements ReportWriter {
  public static final String FILE_NAME = "perf-report.json";

  private static final ObjectMapper MAPPER = JsonMapper.create().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String format() {
    return "json";
  }

  @Override
  public Path write(AnalysisResult result, Path outputDirectory) throws IOException {
    Path target = outputDirectory.resolve(FILE_NAME);
    AtomicFiles.write(target, out -> MAPPER.writeValue(out, result));
    return target;
  }

  /** A value (the result, say) as compact JSON that is safe inside an HTML {@code <script>} element; {@code out} stays open. */
  static void writeHtmlSafe(Object value, OutputStream out) throws IOException {
    MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).with(new HtmlSafeJson())
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
  }

  public static AnalysisResult read(Path report) throws IOException {
    try (InputStream in = Files.newInputStream(report)) {
      return MAPPER.readValue(in, AnalysisResult.class);
    }
  }
}
