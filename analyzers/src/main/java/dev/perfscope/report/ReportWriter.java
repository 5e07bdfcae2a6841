package dev.perfscope.report;

import dev.perfscope.model.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;

/** One report format, written into the output directory from the same {@link AnalysisResult}. */
public interface ReportWriter {

  /** The format's name in configuration: {@code json}, {@code html}, ... */
  String format();

  /** Writes the report atomically and returns the file written. */
  Path write(AnalysisResult result, Path outputDirectory) throws IOException;
}
