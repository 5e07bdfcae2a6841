package dev.perfscope.lang.python.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expectations written in a fixture's own comments: {@code # expect: cyclomatic=3 name=Cls.m} on a
 * {@code def} line for that unit, {@code # expect-file: code=12 types=1 parseError=none} anywhere for the file.
 */
record PythonExpectations(Map<String, String> file, List<Unit> units) {
  private static final Pattern MARKER = Pattern.compile("#\\s*(expect|expect-file):\\s*(.*)$");

  /** The expected figures of the unit whose {@code def} is on {@code line}. */
  record Unit(int line, Map<String, String> values) {}

  static PythonExpectations read(String text) {
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
    return new PythonExpectations(file, units);
  }
}
