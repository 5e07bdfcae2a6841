package dev.perfscope.lang.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.SourceMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile or broken input: each file is measured or gets a parse error, in bounded time, and nothing escapes. */
class PythonBadInputTest {
  private final PythonAnalyzer analyzer = new PythonAnalyzer();

  private SourceMetrics analyze(String text) {
    return analyze(text, Duration.ofSeconds(60));
  }

  /** The bound only catches a hang: it is far above the time the input takes, even on a loaded 2-core machine. */
  private SourceMetrics analyze(String text, Duration hang) {
    return assertTimeoutPreemptively(hang, () -> analyzer.analyze(new SourceText(text)));
  }

  @Test
  void fiveHundredNestedBracketsAreAParseErrorAsInCPython() {
    SourceMetrics metrics = analyze("x = " + "(".repeat(500) + "1" + ")".repeat(500) + "\n");
    assertThat(metrics.parseError()).isNotNull();
    assertThat(metrics.parseError().line()).isEqualTo(1);
    assertThat(metrics.parseError().message()).contains("too many nested parentheses");
  }

  @Test
  void oneHundredNestedBracketsParse() {
    SourceMetrics metrics = analyze("def f():\n    return " + "(".repeat(100) + "1" + ")".repeat(100) + "\n");
    assertThat(metrics.parseError()).isNull();
    assertThat(metrics.functions()).hasSize(1);
  }

  @Test
  void oneHundredLevelsOfIndentationAreAParseErrorAsInCPython() {
    SourceMetrics metrics = analyze(nestedIfs(100));
    assertThat(metrics.parseError()).isNotNull();
    assertThat(metrics.parseError().message()).contains("too many levels of indentation");
  }

  @Test
  void deepButAllowedIndentationIsMeasured() {
    SourceMetrics metrics = analyze(nestedIfs(97));
    assertThat(metrics.parseError()).isNull();
    assertThat(metrics.functions().get(0).maxNesting()).isEqualTo(97);
  }

  private static String nestedIfs(int depth) {
    StringBuilder text = new StringBuilder("def f(x):\n");
    for (int level = 1; level <= depth; level++) {
      text.append(" ".repeat(level)).append("if x:\n");
    }
    return text.append(" ".repeat(depth + 1)).append("pass\n").toString();
  }

  @Test
  void aTenMegabyteLineIsMeasured() {
    String line = "x = [" + "1, ".repeat(10 * 1024 * 1024 / 3) + "]\n";
    SourceMetrics metrics = analyze(line, Duration.ofMinutes(5)); // 3.5 M tokens: over 60 s under load
    assertThat(metrics.parseError()).isNull();
    assertThat(metrics.lines().code()).isEqualTo(1);
  }

  @Test
  void aRunawayPowerChainOverflowsTheStackIntoAParseError() {
    SourceMetrics metrics = analyze("x = " + "2 ** ".repeat(200_000) + "1\n");
    assertThat(metrics.parseError()).isNotNull();
    assertThat(metrics.lines().physical()).isEqualTo(1);
  }

  @Test
  void longUnaryChainsParseWithoutRecursion() {
    SourceMetrics metrics = analyze("x = " + "-".repeat(200_000) + "1\n");
    assertThat(metrics.parseError()).isNull();
  }

  @Test
  void nulBytesAreAParseErrorOnTheirLine() {
    SourceMetrics metrics = analyze("x = 1\ny = 2\u0000\nz = 3\n");
    assertThat(metrics.parseError()).isNotNull();
    assertThat(metrics.parseError().line()).isEqualTo(2);
    assertThat(metrics.lines().physical()).isEqualTo(3);
  }

  @Test
  void aBinaryFileIsAParseErrorNotACrash() {
    byte[] bytes = new byte[64 * 1024];
    new Random(42).nextBytes(bytes);
    SourceMetrics metrics = analyze(new String(bytes, StandardCharsets.UTF_8));
    assertThat(metrics.parseError()).isNotNull();
  }

  @Test
  void anUnterminatedStringIsReportedWhereItStarts() {
    SourceMetrics metrics = analyze("x = 1\ny = 'abc\nz = 2\n");
    assertThat(metrics.parseError()).isNotNull();
    assertThat(metrics.parseError().line()).isEqualTo(2);
    assertThat(metrics.parseError().message()).contains("unterminated string literal");
  }

  @Test
  void anUnterminatedTripleQuotedStringIsReportedWhereItStarts() {
    SourceMetrics metrics = analyze("x = 1\ny = '''abc\n\nz = 2\n");
    assertThat(metrics.parseError().line()).isEqualTo(2);
    assertThat(metrics.parseError().message()).contains("unterminated triple-quoted string literal");
    assertThat(metrics.lines().physical()).isEqualTo(4);
  }

  @Test
  void anUnterminatedFStringFieldIsAParseError() {
    SourceMetrics metrics = analyze("x = 1\ny = f'{x'\n");
    assertThat(metrics.parseError()).isNotNull();
    assertThat(metrics.parseError().line()).isEqualTo(2);
  }

  @Test
  void inconsistentTabsAndSpacesAreATabError() {
    SourceMetrics metrics = analyze("if x:\n\tif y:\n        pass\n");
    assertThat(metrics.parseError()).isNotNull();
    assertThat(metrics.parseError().line()).isEqualTo(3);
    assertThat(metrics.parseError().message()).contains("inconsistent use of tabs and spaces");
  }

  @Test
  void anUnindentToNoOuterLevelIsAnIndentationError() {
    SourceMetrics metrics = analyze("if x:\n        a = 1\n    b = 2\n");
    assertThat(metrics.parseError().line()).isEqualTo(3);
    assertThat(metrics.parseError().message()).contains("unindent does not match");
  }

  @Test
  void anUnclosedBracketIsReportedWhereItOpens() {
    SourceMetrics metrics = analyze("x = 1\ny = (1,\n2\n\nz = 3\n");
    assertThat(metrics.parseError()).isNotNull();
    assertThat(metrics.parseError().line()).isBetween(2, 4);
  }

  @Test
  void aMissingBlockIsReportedOnTheNextLine() {
    SourceMetrics metrics = analyze("def f():\nreturn 1\n");
    assertThat(metrics.parseError().line()).isEqualTo(2);
    assertThat(metrics.parseError().message()).contains("expected an indented block");
  }

  @Test
  void anUnknownCodingCookieIsAParseError() {
    SourceMetrics metrics = analyze("# -*- coding: uft-8 -*-\nx = 1\n");
    assertThat(metrics.parseError().line()).isEqualTo(1);
    assertThat(metrics.parseError().message()).contains("unknown encoding");
  }

  @Test
  void aByteOrderMarkWithAnotherCookieSpellingIsAnEncodingProblem() {
    assertThat(analyze("\uFEFF#coding: utf8\nx = 1\n").parseError().message()).contains("with BOM");
    assertThat(analyze("\uFEFF# coding: utf_8\nx = 1\n").parseError()).isNull();
  }

  @Test
  void loneCarriageReturnsEndLines() {
    SourceMetrics metrics = analyze("def f():\r    \"\"\"doc\"\"\"\r    return 1\r");
    assertThat(metrics.parseError()).isNull();
    assertThat(metrics.lines().code()).isEqualTo(2);
    assertThat(metrics.lines().comment()).isEqualTo(1);
    assertThat(metrics.functions().get(0).endLine()).isEqualTo(3);
  }

  @Test
  void emptyAndBlankFilesAreMeasured() {
    assertThat(analyze("").parseError()).isNull();
    assertThat(analyze("\n\n   \n").lines().blank()).isEqualTo(3);
    assertThat(analyze("# only a comment").lines().comment()).isEqualTo(1);
  }
}
