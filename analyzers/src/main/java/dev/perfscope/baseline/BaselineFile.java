package dev.perfscope.baseline;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.perfscope.infra.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Reads and writes {@code perf-baseline.json}; written atomically, read strictly. */
public final class BaselineFile {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** A location in a Jackson message: {@code [Source: REDACTED (`StreamReadFeature...` disabled); line: 2, column: 15]}. */
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");

  private BaselineFile() {}

  public static void write(Baseline baseline, Path file) throws IOException {
    AtomicFiles.write(file, out -> MAPPER.writeValue(out, baseline));
  }

  /**
   * The baseline in {@code file}. A file that is not a baseline is an error whose message says, in one line,
   * what is wrong and where (Jackson's own message names its source, its settings and the reference chain
   * over several lines; only its first sentence is kept).
   */
  public static Baseline read(Path file) throws IOException {
    Baseline baseline;
    try {
      baseline = MAPPER.readValue(file.toFile(), Baseline.class);
    } catch (JsonProcessingException e) {
      // databind wraps a syntax error met while it maps the content
      boolean syntax = e instanceof StreamReadException || e.getCause() instanceof StreamReadException;
      throw new IOException((syntax ? "not valid JSON" : "not a baseline") + at(e.getLocation()) + ": "
          + oneLine(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new IOException("cannot be read: " + oneLine(String.valueOf(e.getMessage())), e);
    }
    if (baseline.schemaVersion() != Baseline.SCHEMA_VERSION) {
      throw new IOException("schemaVersion " + baseline.schemaVersion() + " is not " + Baseline.SCHEMA_VERSION
          + "; write it again with perf:baseline");
    }
    return baseline;
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** One line, a location Jackson names inside its message given as line and column alone. */
  private static String oneLine(String message) {
    return SOURCE.matcher(message.strip().replaceAll("\\s+", " ")).replaceAll("line $1, column $2");
  }
}
