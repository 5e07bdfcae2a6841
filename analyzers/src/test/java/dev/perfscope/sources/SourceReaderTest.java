package dev.perfscope.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
  void aReplacementCharacterWrittenInTheFileIsText() {
    SourceReader.DecodedText text = read("x = '\uFFFD'\n".getBytes(StandardCharsets.UTF_8));
    assertThat(text.text()).isEqualTo("x = '\uFFFD'\n");
    assertThat(text.decodeError()).isNull();
  }

  @Test
  void anEncodedSurrogateIsNotValidUtf8() {
    byte[] bytes = {'a', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '\n'};
    SourceReader.DecodedText text = read(bytes);
    assertThat(text.text()).startsWith("a\uFFFD");
    assertThat(text.decodeError().message()).contains("UTF-8", "byte offset 1");
  }

  @Test
  void treatsFilesWithNulBytesAsBinary() {
    assertThat(SourceReader.looksBinary(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1})).isTrue();
    assertThat(SourceReader.looksBinary("plain text\n".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  private static final String PYTHON = "def f(x):\n    return x or 1\n";

  private static byte[] withMark(int[] mark, byte[] text) {
    byte[] bytes = new byte[mark.length + text.length];
    for (int i = 0; i < mark.length; i++) {
      bytes[i] = (byte) mark[i];
    }
    System.arraycopy(text, 0, bytes, mark.length, text.length);
    return bytes;
  }

  @ParameterizedTest
  @CsvSource({"UTF-16LE, 255 254", "UTF-16BE, 254 255", "UTF-8, 239 187 191"})
  void aByteOrderMarkNamesTheEncodingWhateverTheSourceEncoding(String encoding, String mark) {
    int[] markBytes = java.util.Arrays.stream(mark.split(" ")).mapToInt(Integer::parseInt).toArray();
    byte[] bytes = withMark(markBytes, PYTHON.getBytes(java.nio.charset.Charset.forName(encoding)));
    SourceReader reader = new SourceReader(StandardCharsets.ISO_8859_1);
    assertThat(reader.isBinary(bytes)).isFalse();
    SourceReader.DecodedText text = reader.decode(bytes);
    assertThat(text.text()).isEqualTo("\uFEFF" + PYTHON); // the mark stays; SourceText counts it as no content
    assertThat(text.decodeError()).isNull();
  }

  @Test
  void nulBytesAreTextInASourceEncodingThatWritesThem() {
    byte[] bytes = PYTHON.getBytes(StandardCharsets.UTF_16LE);
    assertThat(new SourceReader(StandardCharsets.UTF_8).isBinary(bytes)).isTrue();
    SourceReader utf16 = new SourceReader(StandardCharsets.UTF_16LE);
    assertThat(utf16.isBinary(bytes)).isFalse();
    assertThat(utf16.decode(bytes).text()).isEqualTo(PYTHON);
    assertThat(new SourceReader(StandardCharsets.UTF_16).isBinary(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})).isFalse();
    assertThat(new SourceReader(StandardCharsets.UTF_8).isBinary(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})).isTrue();
  }

  @Test
  void anUndecodableByteAfterAMarkIsReportedAtItsOffsetInTheFile() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', (byte) 0xff, '\n'};
    SourceReader.DecodedText text = new SourceReader(StandardCharsets.ISO_8859_1).decode(bytes);
    assertThat(text.text()).isEqualTo("\uFEFFa\n\uFFFD\n");
    assertThat(text.decodeError().message()).isEqualTo(
        "bytes not valid in UTF-8 at byte offset 5; decoded with U+FFFD replacement characters");
    assertThat(List.of(text.decodeError().line(), text.decodeError().column())).containsExactly(2, 1);
  }
}
