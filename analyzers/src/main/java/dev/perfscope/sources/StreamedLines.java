package dev.perfscope.sources;

import dev.perfscope.model.LineCounts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Line counts of a file too large to hold in memory, read in blocks: lines end at LF, CRLF or a lone CR,
 * a line of ASCII whitespace is blank and any other line is code. Empty for a binary file (a NUL byte near
 * the start, as {@link SourceReader#looksBinary} decides).
 */
public final class StreamedLines {
  private static final int BLOCK = 64 * 1024;
  private static final int BINARY_PROBE = 8000;

  private int lines;
  private int blank;
  private boolean inLine;
  private boolean lineHasText;
  private boolean afterCr;

  private StreamedLines() {}

  public static Optional<LineCounts> count(Path file) throws IOException {
    StreamedLines counter = new StreamedLines();
    byte[] block = new byte[BLOCK];
    long offset = 0;
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(block); n >= 0; n = in.read(block)) {
        if (offset < BINARY_PROBE && hasNul(block, (int) Math.min(n, BINARY_PROBE - offset))) {
          return Optional.empty();
        }
        counter.feed(block, n);
        offset += n;
      }
    }
    counter.endLine();
    return Optional.of(new LineCounts(counter.lines, counter.lines - counter.blank, 0, counter.blank));
  }

  private static boolean hasNul(byte[] block, int length) {
    for (int i = 0; i < length; i++) {
      if (block[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private void feed(byte[] block, int length) {
    for (int i = 0; i < length; i++) {
      byte b = block[i];
      if (b == '\n' && afterCr) {
        afterCr = false; // the LF of a CRLF: the line already ended at the CR
      } else if (b == '\n' || b == '\r') {
        inLine = true;
        endLine();
        afterCr = b == '\r';
      } else {
        afterCr = false;
        inLine = true;
        lineHasText |= b != ' ' && b != '\t' && b != '\f' && b != 0x0b;
      }
    }
  }

  private void endLine() {
    if (inLine) {
      lines++;
      blank += lineHasText ? 0 : 1;
    }
    inLine = false;
    lineHasText = false;
  }
}
