package dev.perfscope.baseline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.perfscope.report.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes {@code perf-baseline.json}; written atomically, read strictly. */
public final class BaselineFile {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private BaselineFile() {}

  public static void write(Baseline baseline, Path file) throws IOException {
    AtomicFiles.write(file, out -> MAPPER.writeValue(out, baseline));
  }

  /** The baseline in {@code file}; a file that is not a baseline is an error that names it. */
  public static Baseline read(Path file) throws IOException {
    Baseline baseline;
    try {
      baseline = MAPPER.readValue(file.toFile(), Baseline.class);
    } catch (IOException e) {
      throw new IOException("Cannot read the baseline " + file + ": " + e.getMessage(), e);
    }
    if (baseline.schemaVersion() != Baseline.SCHEMA_VERSION) {
      throw new IOException("Cannot read the baseline " + file + ": schemaVersion " + baseline.schemaVersion()
          + " is not " + Baseline.SCHEMA_VERSION + "; write it again with perf:baseline");
    }
    return baseline;
  }
}
