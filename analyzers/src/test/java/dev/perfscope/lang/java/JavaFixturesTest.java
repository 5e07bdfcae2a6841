package dev.perfscope.lang.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.SourceMetrics;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Measures every fixture under {@code fixtures/java} and checks the expectations written in it: an
 * {@code // expect: key=value ...} marker on each unit's name line, and {@code // expect-file: ...} for the file.
 */
class JavaFixturesTest {
  private static final String UNIT_MARKER = "// expect: ";
  private static final String FILE_MARKER = "// expect-file: ";
  /** {@code key=value}, or {@code key="a value with spaces"}. */
  private static final Pattern PAIR = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)");

  static Stream<Path> fixtures() throws IOException, URISyntaxException {
    Path dir = Path.of(JavaFixturesTest.class.getResource("/fixtures/java").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void fixtureMeetsItsExpectations(Path fixture) throws IOException {
    String text = Files.readString(fixture, StandardCharsets.UTF_8);
    SourceMetrics metrics = new JavaAnalyzer().analyze(new SourceText(text));
    assertThat(metrics.parseError()).isNull();
    List<String> lines = text.lines().toList();
    SoftAssertions softly = new SoftAssertions();
    for (int i = 0; i < lines.size(); i++) {
      int line = i + 1;
      String source = lines.get(i);
      if (source.contains(FILE_MARKER)) {
        expect(softly, "file", fileFigures(metrics), marker(source, FILE_MARKER));
      } else if (source.contains(UNIT_MARKER)) {
        Map<String, String> expected = marker(source, UNIT_MARKER);
        List<FunctionMetrics> onLine = metrics.functions().stream()
            .filter(u -> u.line() == line)
            .filter(u -> !expected.containsKey("name") || u.name().equals(expected.get("name")))
            .toList();
        softly.assertThat(onLine).as("units named on line %d", line).hasSize(1);
        if (onLine.size() == 1) {
          expect(softly, "line " + line, unitFigures(onLine.get(0)), expected);
        }
      }
    }
    for (FunctionMetrics unit : metrics.functions()) {
      softly.assertThat(lines.get(unit.line() - 1)).as("marker for %s", unit.name()).contains(UNIT_MARKER);
    }
    softly.assertAll();
  }

  private static void expect(SoftAssertions softly, String where, Map<String, String> actual, Map<String, String> expected) {
    expected.forEach((key, value) ->
        softly.assertThat(actual.get(key)).as("%s: %s", where, key).isEqualTo(value));
  }

  private static Map<String, String> marker(String line, String marker) {
    Map<String, String> expected = new LinkedHashMap<>();
    Matcher pair = PAIR.matcher(line.substring(line.indexOf(marker) + marker.length()));
    while (pair.find()) {
      expected.put(pair.group(1), pair.group(2).replace("\"", ""));
    }
    return expected;
  }

  private static Map<String, String> unitFigures(FunctionMetrics u) {
    return Map.of("name", u.name(), "lines", "" + u.lines(), "ncss", "" + u.ncss(), "params", "" + u.params(),
        "cyclomatic", "" + u.cyclomatic(), "cognitive", "" + u.cognitive(), "maxNesting", "" + u.maxNesting());
  }

  private static Map<String, String> fileFigures(SourceMetrics m) {
    return Map.of("lines", "" + m.lines().physical(), "code", "" + m.lines().code(),
        "comment", "" + m.lines().comment(), "blank", "" + m.lines().blank(), "types", "" + m.types(),
        "functions", "" + m.functions().size());
  }
}
