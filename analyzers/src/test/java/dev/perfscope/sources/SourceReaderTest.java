package dev.perfscope.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.Problem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceReaderTest {
  private static SourceReader.DecodedText read(byte[] bytes) {
    return new SourceReader(StandardCharsets.UTF_8).decode(bytes);
  }

  @Test
  void decodesValidTextWithoutProblem() {
    SourceReader.DecodedText text = read("h\u00e9llo\n".getBytes(StandardCharsets.UTF_8));
    assertThat(text.text()).isEqualTo("h\u00e9llo\n");
    assertThat(text.decodeError()).isNull();
  }

  @Test
  void replacesUndecodableBytesAndReportsWhereTheFirstOneIs() {
    byte[] bytes = {'a', '\n', 'b', 'c', (byte) 0xff, 'd', '\n'};
    SourceReader.DecodedText text = read(bytes);
    assertThat(text.text()).isEqualTo("a\nbc\uFFFDd\n");
    Problem problem = text.decodeError();
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(3);
    assertThat(problem.message()).contains("UTF-8", "byte offset 4");
  }

  @Test
  void treatsFilesWithNulBytesAsBinary() {
    assertThat(SourceReader.looksBinary(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1})).isTrue();
    assertThat(SourceReader.looksBinary("plain text\n".getBytes(StandardCharsets.UTF_8))).isFalse();
  }
}
