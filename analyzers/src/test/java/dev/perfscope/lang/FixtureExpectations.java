package dev.perfscope.lang;

import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.SourceMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;

/**
 * Expectations written in a fixture's own comments ({@code #} or {@code //}): {@code # expect: cyclomatic=3
 * name=Cls.m} on a unit's line for that unit, {@code # expect-file: code=12 types=1 parseError=none} anywhere for
 * the file.
 */
public record FixtureExpectations(Map<String, String> file, List<Unit> units) {
  private static final Pattern MARKER = Pattern.compile("(?:#|//)\\s*(expect|expect-file):\\s*(.*)$");

  /** The expected figures of the unit whose {@code def} is on {@code line}. */
  public record Unit(int line, Map<String, String> values) {}

  public static FixtureExpectations read(String text) {
    Map<String, String> file = new LinkedHashMap<>();
    List<Unit> units = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher marker = MARKER.matcher(lines[i]);
      if (!marker.find()) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (String pair : marker.group(2).trim().split("\\s+")) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("line " + (i + 1) + ": expected key=value, got " + pair);
        }
        values.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
      if (marker.group(1).equals("expect")) {
        units.add(new Unit(i + 1, values));
      } else {
        file.putAll(values);
      }
    }
    return new FixtureExpectations(file, units);
  }

  /** Asserts that {@code metrics}, measured from fixture {@code name}'s {@code text}, meet what its comments expect. */
  public static void assertMet(String name, String text, SourceMetrics metrics) {
    FixtureExpectations expected = read(text);
    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(expected.file()).as(name + ": every fixture states its file figures").isNotEmpty();
    softly.assertThat(fileFigures(metrics)).as(name + " file").containsAllEntriesOf(expected.file());
    for (Unit unit : expected.units()) {
      Optional<FunctionMetrics> actual = metrics.functions().stream().filter(f -> f.line() == unit.line()).findFirst();
      softly.assertThat(actual).as(name + ":" + unit.line() + " unit").isPresent();
      actual.ifPresent(f -> softly.assertThat(unitFigures(f)).as(name + ":" + unit.line() + " " + f.name())
          .containsAllEntriesOf(unit.values()));
    }
    softly.assertAll();
  }

  private static Map<String, String> fileFigures(SourceMetrics metrics) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("lines", String.valueOf(metrics.lines().physical()));
    values.put("code", String.valueOf(metrics.lines().code()));
    values.put("comment", String.valueOf(metrics.lines().comment()));
    values.put("blank", String.valueOf(metrics.lines().blank()));
    values.put("types", String.valueOf(metrics.types()));
    values.put("functions", String.valueOf(metrics.functions().size()));
    values.put("parseError", metrics.parseError() == null ? "none" : String.valueOf(metrics.parseError().line()));
    values.put("parseErrorAt", metrics.parseError() == null ? "none"
        : metrics.parseError().line() + ":" + metrics.parseError().column());
    values.put("suppressions", String.valueOf(metrics.suppressions().size()));
    return values;
  }

  private static Map<String, String> unitFigures(FunctionMetrics f) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", f.name());
    values.put("lines", String.valueOf(f.lines()));
    values.put("endLine", String.valueOf(f.endLine()));
    values.put("ncss", String.valueOf(f.ncss()));
    values.put("params", String.valueOf(f.params()));
    values.put("cyclomatic", String.valueOf(f.cyclomatic()));
    values.put("cognitive", String.valueOf(f.cognitive()));
    values.put("maxNesting", String.valueOf(f.maxNesting()));
    return values;
  }
}
