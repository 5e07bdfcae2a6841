package dev.perfscope.analysis;

import dev.perfscope.model.AnalysisResult.Tool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** This build of Perfscope, as stamped into {@code perfscope.properties} by resource filtering. */
final class ToolInfo {
  private static final Tool CURRENT = load();

  private ToolInfo() {}

  static Tool current() {
    return CURRENT;
  }

  private static Tool load() {
    Properties properties = new Properties();
    try (InputStream in = ToolInfo.class.getResourceAsStream("/dev/perfscope/perfscope.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Tool("perfscope", properties.getProperty("version", "unknown"));
  }
}
