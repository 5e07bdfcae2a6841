package dev.perfscope.bench;

import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.java.JavaAnalyzer;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.SourceMetrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * Compares our Java unit metrics on a corpus with the reference tools' figures: cyclomatic with
 * Checkstyle, cyclomatic, cognitive and NCSS with PMD. Usage: {@code JavaAgreement <corpus> <oracle dir>
 * [examples] [diffs.tsv]}.
 */
public final class JavaAgreement {
  /** One reference row. */
  record Row(String path, String name, int line, int ccn, int cognitive, int ncss) {}

  /** One of our units joined with a reference row. */
  record Pair(String path, FunctionMetrics ours, Row theirs, boolean holdsUnits) {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    Path oracle = Path.of(args[1]);
    int examples = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    Map<String, List<Row>> checkstyle = load(oracle.resolve("checkstyle-jdk-java-base.tsv"));
    Map<String, List<Row>> pmd = load(oracle.resolve("pmd-jdk-java-base.tsv"));

    List<Pair> withCheckstyle = new ArrayList<>();
    List<Pair> withPmd = new ArrayList<>();
    int files = 0;
    int units = 0;
    List<String> parseErrors = new ArrayList<>();
    JavaAnalyzer analyzer = new JavaAnalyzer();
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(corpus)) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : sources) {
      String path = corpus.relativize(file).toString().replace('\\', '/');
      SourceMetrics metrics = analyzer.analyze(new SourceText(Files.readString(file, StandardCharsets.UTF_8)));
      files++;
      if (metrics.parseError() != null) {
        parseErrors.add(path + ":" + metrics.parseError());
      }
      Set<Row> used = new HashSet<>();
      for (FunctionMetrics unit : metrics.functions()) {
        boolean holdsUnits = metrics.functions().stream()
            .anyMatch(u -> u != unit && u.line() >= unit.line() && u.endLine() <= unit.endLine());
        units++;
        Row cs = nearestAbove(checkstyle.getOrDefault(path, List.of()), unit, used);
        if (cs != null) {
          withCheckstyle.add(new Pair(path, unit, cs, holdsUnits));
        }
        Row p = exact(pmd.getOrDefault(path, List.of()), unit);
        if (p != null) {
          withPmd.add(new Pair(path, unit, p, holdsUnits));
        }
      }
    }
    System.out.printf("files %d, units %d, parse errors %d %s%n", files, units, parseErrors.size(), parseErrors);
    PrintWriter diffs = args.length > 3 ? new PrintWriter(Files.newBufferedWriter(Path.of(args[3]))) : null;
    report("cyclomatic vs Checkstyle", withCheckstyle, FunctionMetrics::cyclomatic, Row::ccn, examples, diffs);
    report("cyclomatic vs PMD (for information)", withPmd, FunctionMetrics::cyclomatic, Row::ccn, 0, null);
    report("cognitive vs PMD", withPmd, FunctionMetrics::cognitive, Row::cognitive, examples, diffs);
    report("ncss vs PMD", withPmd, FunctionMetrics::ncss, Row::ncss, examples, diffs);
    if (diffs != null) {
      diffs.close();
    }
  }

  private static void report(String title, List<Pair> pairs, ToIntFunction<FunctionMetrics> ours,
      ToIntFunction<Row> theirs, int examples, PrintWriter diffs) {
    int equal = 0;
    int differAroundUnits = 0;
    Map<Integer, Integer> byDelta = new TreeMap<>();
    List<String> shown = new ArrayList<>();
    for (Pair pair : pairs) {
      int delta = ours.applyAsInt(pair.ours()) - theirs.applyAsInt(pair.theirs());
      if (delta == 0) {
        equal++;
        continue;
      }
      byDelta.merge(delta, 1, Integer::sum);
      String line = String.format("%s:%d\t%s\tours=%d\ttheirs=%d", pair.path(), pair.ours().line(),
          pair.ours().name(), ours.applyAsInt(pair.ours()), theirs.applyAsInt(pair.theirs()));
      if (diffs != null) {
        diffs.println(title + "\t" + line + (pair.holdsUnits() ? "\tholds-units" : ""));
      }
      if (pair.holdsUnits()) {
        differAroundUnits++;
      } else if (shown.size() < examples) {
        shown.add(line);
      }
    }
    System.out.printf("%n%s: matched %d, equal %d (%.2f%%); differences by ours-theirs %s%n", title,
        pairs.size(), equal, 100.0 * equal / Math.max(1, pairs.size()), byDelta);
    System.out.printf("  of the %d differences, %d are in units holding nested units (anonymous or local"
        + " classes); the others:%n", pairs.size() - equal, differAroundUnits);
    shown.forEach(s -> System.out.println("  " + s));
  }

  /** Checkstyle starts a unit at its first modifier: the same name at or above our name line, else an unnamed one. */
  private static Row nearestAbove(List<Row> rows, FunctionMetrics unit, Set<Row> used) {
    String simple = simpleName(unit.name());
    Row best = null;
    for (Row row : rows) {
      boolean named = row.name().equals(simple) && row.line() <= unit.line() && row.line() >= unit.line() - 30;
      boolean unnamed = row.name().equals("-") && row.line() <= unit.line() && row.line() >= unit.line() - 3;
      if ((named || unnamed) && !used.contains(row)
          && (best == null || rank(row, best, simple) > 0)) {
        best = row;
      }
    }
    if (best != null) {
      used.add(best);
    }
    return best;
  }

  private static int rank(Row candidate, Row best, String simple) {
    boolean candidateNamed = candidate.name().equals(simple);
    boolean bestNamed = best.name().equals(simple);
    if (candidateNamed != bestNamed) {
      return candidateNamed ? 1 : -1;
    }
    return Integer.compare(candidate.line(), best.line());
  }

  private static Row exact(List<Row> rows, FunctionMetrics unit) {
    String simple = simpleName(unit.name());
    for (Row row : rows) {
      if (row.line() == unit.line() && row.name().equals(simple)) {
        return row;
      }
    }
    return null;
  }

  private static String simpleName(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static Map<String, List<Row>> load(Path tsv) throws IOException {
    Map<String, List<Row>> byPath = new HashMap<>();
    List<String> lines = Files.readAllLines(tsv);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      String name = f[1].contains("(") ? f[1].substring(0, f[1].indexOf('(')) : f[1];
      int ncss = -1;
      for (String kv : f[6].split(";")) {
        if (kv.startsWith("ncss=")) {
          ncss = Integer.parseInt(kv.substring(5));
        }
      }
      Row row = new Row(f[0], name, Integer.parseInt(f[2]), Integer.parseInt(f[4]),
          f[5].isEmpty() ? 0 : Integer.parseInt(f[5]), ncss);
      byPath.computeIfAbsent(f[0], k -> new ArrayList<>()).add(row);
    }
    return byPath;
  }
}
