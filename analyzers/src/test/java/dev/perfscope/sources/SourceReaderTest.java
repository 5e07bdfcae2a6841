package dev.perfscope.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
  @TempDir Path dir;

  private SourceReader.DecodedText read(byte[] bytes) throws IOException {
    Path file = dir.resolve("f.txt");
    Files.write(file, bytes);
    return new SourceReader(StandardCharsets.UTF_8).read(new SourceFile(file, "f.txt")).orElseThrow();
  }

  @Test
  void decodesValidTextWithoutProblem() throws IOException {
    SourceReader.DecodedText text = read("h\u00e9llo\n".getBytes(StandardCharsets.UTF_8));
    assertThat(text.text()).isEqualTo("h\u00e9llo\n");
    assertThat(text.decodeError()).isNull();
  }

  @Test
  void replacesUndecodableBytesAndReportsWhereTheFirstOneIs() throws IOException {
    byte[] bytes = {'a', '\n', 'b', 'c', (byte) 0xff, 'd', '\n'};
    SourceReader.DecodedText text = read(bytes);
    assertThat(text.text()).isEqualTo("a\nbc\uFFFDd\n");
    Problem problem = text.decodeError();
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(3);
    assertThat(problem.message()).contains("UTF-8", "byte offset 4");
  }

  @Test
  void treatsFilesWithNulBytesAsBinary() throws IOException {
    Path file = dir.resolve("image.png");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    assertThat(new SourceReader(StandardCharsets.UTF_8).read(new SourceFile(file, "image.png"))).isEmpty();
  }
}
