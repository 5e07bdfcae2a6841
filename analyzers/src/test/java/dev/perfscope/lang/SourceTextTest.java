package dev.perfscope.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.LineCounts;
import java.util.BitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceTextTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "empty file            | ''                 | 0",
      "one line, no newline  | 'a'                | 1",
      "one line with LF      | 'a\\n'             | 1",
      "LF                    | 'a\\nb\\n'         | 2",
      "CRLF                  | 'a\\r\\nb\\r\\n'   | 2",
      "lone CR               | 'a\\rb\\rc'        | 3",
      "mixed, blank in middle| 'a\\r\\n\\rb\\n\\n'| 4",
      "BOM only              | '\\uFEFF'          | 0",
  })
  void countsPhysicalLinesForEveryLineEnding(String label, String escaped, int expected) {
    assertThat(new SourceText(unescape(escaped)).lineCount()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "BOM is not content     | '\\uFEFFx\\n \\t\\n'  | 2 | 1 | 1",
      "form feed is blank     | '\\f\\nx'             | 2 | 1 | 1",
      "CRLF blank lines       | '\\r\\n\\r\\nx\\r\\n' | 3 | 1 | 2",
  })
  void blankLinesHoldOnlyWhitespace(String label, String escaped, int physical, int code, int blank) {
    SourceText source = new SourceText(unescape(escaped));
    assertThat(LineTally.countPlain(source)).isEqualTo(new LineCounts(physical, code, 0, blank));
  }

  @org.junit.jupiter.api.Test
  void unmarkedNonBlankLinesAreComments() {
    SourceText source = new SourceText("code\n// note\n\ncode again\n");
    BitSet code = new BitSet();
    code.set(1);
    code.set(4);
    assertThat(LineTally.count(source, code)).isEqualTo(new LineCounts(4, 2, 1, 1));
  }

  @org.junit.jupiter.api.Test
  void mapsOffsetsToLines() {
    SourceText source = new SourceText("ab\r\ncd\re");
    assertThat(source.lineOf(0)).isEqualTo(1);
    assertThat(source.lineOf(3)).isEqualTo(1); // the LF of CRLF
    assertThat(source.lineOf(4)).isEqualTo(2);
    assertThat(source.lineOf(7)).isEqualTo(3);
    assertThat(source.text().substring(source.lineStart(2), source.lineEnd(2))).isEqualTo("cd");
  }

  private static String unescape(String s) {
    return s.replace("\\uFEFF", "\uFEFF").replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t")
        .replace("\\f", "\f");
  }
}
