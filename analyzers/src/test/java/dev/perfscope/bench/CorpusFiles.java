package dev.perfscope.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The .py files of a corpus, decoded as CPython would: UTF-8, or the PEP 263 coding cookie's charset. */
final class CorpusFiles {
  private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

  private CorpusFiles() {}

  static List<Path> list(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
    }
  }

  /** The text, or null with {@code failure[0]} set to the line of the first undecodable byte. */
  static String decode(byte[] bytes, int[] failure) {
    try {
      return strict(StandardCharsets.UTF_8, bytes);
    } catch (CharacterCodingException e) {
      Charset declared = cookie(bytes);
      if (declared != null) {
        try {
          return strict(declared, bytes);
        } catch (CharacterCodingException ignored) {
          // fall through to the failure
        }
      }
      String lenient = new String(bytes, StandardCharsets.UTF_8);
      int bad = lenient.indexOf('\uFFFD');
      failure[0] = 1 + (int) lenient.substring(0, Math.max(0, bad)).chars().filter(c -> c == '\n').count();
      return null;
    }
  }

  private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static Charset cookie(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.ISO_8859_1);
    String[] lines = head.split("\r\n|\r|\n", 3);
    for (int i = 0; i < Math.min(2, lines.length); i++) {
      Matcher m = COOKIE.matcher(lines[i]);
      if (m.find()) {
        try {
          return Charset.forName(m.group(1).replace('_', '-'));
        } catch (RuntimeException unknown) {
          return null;
        }
      }
    }
    return null;
  }
}
