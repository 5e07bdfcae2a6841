package dev.perfscope.lang.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.LineCounts;
import dev.perfscope.model.SourceMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JavaAnalyzerTest {
  private final JavaAnalyzer analyzer = new JavaAnalyzer();

  private SourceMetrics analyze(String text) {
    return analyzer.analyze(new SourceText(text));
  }

  @Test
  void claimsJavaFiles() {
    assertThat(analyzer.name()).isEqualTo("java");
    assertThat(analyzer.extensions()).containsExactly(".java");
  }

  @Test
  void parseErrorIsLocatedAndLinesAreStillCounted() {
    SourceMetrics m = analyze("class A {\n  // note\n  void f() {\n    int x = ;\n  }\n}\n");
    assertThat(m.parseError()).isNotNull();
    assertThat(m.parseError().line()).isEqualTo(4);
    assertThat(m.parseError().column()).isEqualTo(13);
    assertThat(m.parseError().message()).isEqualTo("unexpected \";\"");
    assertThat(m.lines()).isEqualTo(new LineCounts(6, 5, 1, 0));
    assertThat(m.functions()).isEmpty();
  }

  @Test
  void pathologicalNestingIsAParseErrorNotACrash() {
    String deep = "class A { int x = " + "(".repeat(50_000) + "1" + ")".repeat(50_000) + "; }";
    SourceMetrics m = analyze(deep);
    assertThat(m.parseError()).isNotNull();
    assertThat(m.lines().code()).isEqualTo(1);
  }

  @Test
  void emptyFileHasNothing() {
    SourceMetrics m = analyze("");
    assertThat(m.parseError()).isNull();
    assertThat(m.lines()).isEqualTo(LineCounts.EMPTY);
    assertThat(m.types()).isZero();
    assertThat(m.functions()).isEmpty();
  }

  @Test
  void byteOrderMarkIsIgnored() {
    SourceMetrics m = analyze("\uFEFFclass A {\n  void f() {}\n}\n");
    assertThat(m.parseError()).isNull();
    assertThat(m.lines()).isEqualTo(new LineCounts(3, 3, 0, 0));
    assertThat(m.functions()).singleElement().satisfies(f -> assertThat(f.line()).isEqualTo(2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void everyLineEndCountsTheSame(String eol) {
    String text = String.join(eol, "/* a", "   b */", "class A {", "", "  int f() { // c", "    return 1;", "  }", "}", "");
    SourceMetrics m = analyze(text);
    assertThat(m.parseError()).isNull();
    assertThat(m.lines()).isEqualTo(new LineCounts(8, 5, 2, 1));
    assertThat(m.functions()).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(5);
      assertThat(f.endLine()).isEqualTo(7);
    });
  }

  @Test
  void commentMarkersInsideLiteralsAreText() {
    String text = String.join("\n",
        "class A {",
        "  String s = \"/* not a comment\";",
        "  String t = \"\"\"",
        "      */ // still text",
        "      \"\"\";",
        "  char q = '\"'; String u = \"//\";",
        "  // real comment \"quoted\"",
        "}",
        "");
    SourceMetrics m = analyze(text);
    assertThat(m.lines()).isEqualTo(new LineCounts(8, 7, 1, 0));
  }

  @Test
  void linesAreCountedEvenWhenTheTextIsNotJava() {
    SourceMetrics m = analyze("this is /* not\n java */ at all \"\n\n");
    assertThat(m.parseError()).isNotNull();
    assertThat(m.parseError().line()).isEqualTo(2);
    assertThat(m.parseError().column()).isEqualTo(18);
    assertThat(m.lines()).isEqualTo(new LineCounts(3, 2, 0, 1));
  }
}
