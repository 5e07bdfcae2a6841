package dev.perfscope.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfscope.infra.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The file a cache lives in: gzipped JSON, written atomically. A cache only saves time, so a file that cannot
 * be read reads as nothing, and one that cannot be written is left as it was.
 */
public final class CacheFile {
  private CacheFile() {}

  /** The file's content; empty when it is missing, corrupt or of another shape. */
  public static <T> Optional<T> read(Path file, ObjectMapper mapper, Class<T> type) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return Optional.ofNullable(mapper.readValue(in, type));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public static void write(Path file, ObjectMapper mapper, Object content) {
    try {
      AtomicFiles.write(file, out -> {
        try (OutputStream zipped = new FastGzip(out)) {
          mapper.writeValue(zipped, content);
        }
      });
    } catch (IOException e) {
      // deliberately ignored: results never depend on a cache
    }
  }

  /** Gzip at its fastest level: a cache is rewritten on every run that learnt something, and is small. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, 64 * 1024);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}
