package dev.perfscope.bench;

import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.python.PythonAnalyzer;
import dev.perfscope.model.Problem;
import dev.perfscope.model.SourceMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses every .py file of a corpus and compares with CPython's verdict (a TSV of rejected files written by
 * {@code bench/cpython_rejects.py}); then times the analysis over the corpus (median of N runs).
 * Usage: {@code PythonParseCheck <corpus-dir> <rejects.tsv> [timing-runs]}.
 */
public final class PythonParseCheck {
  private PythonParseCheck() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    Map<String, Integer> rejected = readRejects(Path.of(args[1]));
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    PythonAnalyzer analyzer = new PythonAnalyzer();
    List<Path> files = CorpusFiles.list(root);
    List<String> mismatches = new ArrayList<>();
    List<SourceText> texts = new ArrayList<>();
    int ok = 0;
    int ourErrors = 0;
    long lines = 0;
    for (Path file : files) {
      String path = root.relativize(file).toString();
      int[] badByte = new int[1];
      String text = CorpusFiles.decode(Files.readAllBytes(file), badByte);
      Problem error;
      if (text == null) {
        error = new Problem(badByte[0], 1, "undecodable bytes");
      } else {
        SourceText source = new SourceText(text);
        texts.add(source);
        lines += source.lineCount();
        error = analyzer.analyze(source).parseError();
      }
      Integer cpython = rejected.get(path);
      if (error == null) {
        ok++;
        if (cpython != null) {
          mismatches.add("accepted, CPython rejects at line " + cpython + ": " + path);
        }
      } else {
        ourErrors++;
        if (cpython == null) {
          mismatches.add("error, CPython compiles: " + path + ":" + error.line() + ":" + error.column()
              + " " + error.message());
        } else if (Math.abs(cpython - error.line()) > 2) {
          mismatches.add("error at line " + error.line() + ", CPython at " + cpython + ": " + path
              + " " + error.message());
        }
      }
    }
    System.out.printf("files %d, parsed OK %d, rejected by CPython %d, our errors %d, mismatches %d%n",
        files.size(), ok, rejected.size(), ourErrors, mismatches.size());
    mismatches.forEach(m -> System.out.println("  " + m));
    time(analyzer, texts, lines, runs);
  }

  private static void time(PythonAnalyzer analyzer, List<SourceText> texts, long lines, int runs) {
    double[] seconds = new double[runs];
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      long units = 0;
      for (SourceText text : texts) {
        SourceMetrics metrics = analyzer.analyze(text);
        units += metrics.functions().size();
      }
      seconds[run] = (System.nanoTime() - start) / 1e9;
      System.out.printf("run %d: %.2f s, %d units%n", run + 1, seconds[run], units);
    }
    Arrays.sort(seconds);
    double median = seconds[runs / 2];
    System.out.printf("median of %d runs: %.2f s, %.0f files/s, %.0f lines/s (parse and measure, one thread)%n",
        runs, median, texts.size() / median, lines / median);
  }

  private static Map<String, Integer> readRejects(Path tsv) throws IOException {
    Map<String, Integer> rejects = new HashMap<>();
    for (String row : Files.readAllLines(tsv).subList(1, Files.readAllLines(tsv).size())) {
      String[] cells = row.split("\t", -1);
      rejects.put(cells[0], Integer.parseInt(cells[1]));
    }
    return rejects;
  }
}
