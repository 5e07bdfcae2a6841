package dev.perfscope.bench;

import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.python.PythonAnalyzer;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.SourceMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares our cyclomatic complexity with radon's on a corpus, joining by path and {@code def} line.
 * Usage: {@code PythonAgreementCheck <corpus-dir> <radon-cc.tsv> [examples]}.
 */
public final class PythonAgreementCheck {
  private PythonAgreementCheck() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    int examples = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    Map<String, List<String[]>> oracle = new LinkedHashMap<>();
    List<String> rows = Files.readAllLines(Path.of(args[1]));
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split("\t", -1);
      oracle.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells);
    }
    PythonAnalyzer analyzer = new PythonAnalyzer();
    int total = 0;
    int matched = 0;
    int equal = 0;
    List<String> differences = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> entry : oracle.entrySet()) {
      Map<Integer, FunctionMetrics> ours = new HashMap<>();
      int[] bad = new int[1];
      String text = CorpusFiles.decode(Files.readAllBytes(root.resolve(entry.getKey())), bad);
      if (text != null) {
        SourceMetrics metrics = analyzer.analyze(new SourceText(text));
        metrics.functions().forEach(f -> ours.putIfAbsent(f.line(), f));
      }
      for (String[] function : entry.getValue()) {
        total++;
        FunctionMetrics mine = ours.get(Integer.parseInt(function[2]));
        if (mine == null) {
          missing.add(entry.getKey() + ":" + function[2] + " " + function[1]);
          continue;
        }
        matched++;
        int radon = Integer.parseInt(function[4]);
        if (radon == mine.cyclomatic()) {
          equal++;
        } else {
          differences.add(String.format("%s:%s %s radon=%d ours=%d", entry.getKey(), function[2], mine.name(),
              radon, mine.cyclomatic()));
        }
      }
    }
    System.out.printf("radon functions %d, matched %d, equal %d, share %.4f (%.2f%% of matched), missing %d%n",
        total, matched, equal, equal / (double) total, 100.0 * equal / Math.max(1, matched), missing.size());
    System.out.println("differences (" + differences.size() + "):");
    differences.stream().limit(examples).forEach(d -> System.out.println("  " + d));
    System.out.println("missing (" + missing.size() + "):");
    missing.stream().limit(examples).forEach(m -> System.out.println("  " + m));
  }
}
