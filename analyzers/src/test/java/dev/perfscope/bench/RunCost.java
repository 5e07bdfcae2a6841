package dev.perfscope.bench;

import dev.perfscope.advice.Advice;
import dev.perfscope.advice.CoChanges;
import dev.perfscope.advice.Hotspots;
import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.duplicates.CloneDetector;
import dev.perfscope.duplicates.DuplicateSettings;
import dev.perfscope.history.HistorySettings;
import dev.perfscope.history.ProjectHistory;
import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.registry.Languages;
import dev.perfscope.lang.treesitter.Parsers;
import dev.perfscope.lang.treesitter.SymbolKinds;
import dev.perfscope.lang.treesitter.SyntaxTree;
import dev.perfscope.lang.treesitter.TreeReader;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileKind;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.Recommendation;
import dev.perfscope.report.ConsoleSummary;
import dev.perfscope.report.ReportFormats;
import dev.perfscope.report.ReportWriter;
import dev.perfscope.sources.SourceFile;
import dev.perfscope.sources.SourceReader;
import dev.perfscope.sources.SourceWalker;
import dev.perfscope.threshold.ThresholdCheck;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.treesitter.TSLanguage;
import org.treesitter.TSParser;
import org.treesitter.TreeSitterGo;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterKotlin;
import org.treesitter.TSTree;

/**
 * Where a cold run's cpu goes, for docs/performance.md ("Where the time goes"). Runs the steps of the worker
 * JVM's analysis of TREE, in its order, on one thread (the run with {@code perf.threads=1}; no cache, no history):
 * the walk, each file read and measured, the thresholds, the clone search, the recommendations, the reports
 * (console, json, html, md) to OUT. Each step is timed in the process's cpu time (every thread, from
 * /proc/self/stat, Linux only), split into the JIT compiler threads', the garbage collector's (its worker
 * threads and the VM thread, which runs the collections) and the rest, the step's own work. Then, outside the
 * run, the per-file analysis of the tree-sitter languages' files split on this thread: tree-sitter's parse
 * alone, the parse and Perfscope's copy of the tree (TreeReader, with the first parse error looked for), and
 * the whole analysis. Start it with the worker's options (WorkerJvm) to see what the worker spends, and with
 * -XX:-UseDynamicNumberOfCompilerThreads: a compiler thread that ends takes its cpu time out of /proc's list.
 * Its JSON report is the worker's (no cache, no history, default thresholds) but for the tool's version.
 * Usage: RunCost TREE OUT [SPLIT_ROUNDS]
 */
public final class RunCost {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws IOException {
    Cpu started = Cpu.now();
    System.out.printf("%-40s %8s %8s %8s %8s %8s%n", "step", "cpu s", "own s", "JIT s", "GC s", "wall s");
    print("JVM start, to main()", Cpu.ZERO, started, 0);
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    Path out = Path.of(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    Thresholds thresholds = Thresholds.defaults();
    AnalysisRequest request = new AnalysisRequest(root, List.of(Path.of(".")), List.of(), List.of(),
        StandardCharsets.UTF_8, thresholds).withExecution(1, null).withHistory(HistorySettings.OFF);
    Languages languages = Languages.standard();

    SourceWalker.Walked walked;
    try (ProjectHistory history = Analysis.openHistory(request)) {
      walked = step("walk", () -> Analysis.walk(request, history, name -> name));
    }
    List<FileMetrics> files = step("per-file analysis (read, parse, copy, metrics)", () -> measure(languages, walked.files()));
    AnalysisResult checked = step("thresholds", () -> {
      ThresholdCheck.Checked check = new ThresholdCheck(thresholds).run(files);
      return AnalysisResult.of(new AnalysisResult.Tool("perfscope", "bench"), root.toString(), files, check.findings())
          .withSuppressed(check.suppressed()).withThresholds(thresholds.inForce()).withSkipped(walked.skipped());
    });
    step("clone search (CloneDetector), cold", () -> new CloneDetector(DuplicateSettings.DEFAULTS).find(files));
    Advice advice = new Advice(thresholds, Hotspots.NONE, false, DuplicateSettings.DEFAULTS, CoChanges.NONE);
    AnalysisResult result = step("recommendations and ranking (Advice)", () -> {
      List<Finding> ranked = advice.rankFindings(checked.files(), checked.findings());
      List<Recommendation> recommended = Analysis.inParallel(1, () -> advice.recommend(checked.files(), checked.findings()));
      return checked.withAdvice(ranked, recommended);
    });
    step("  of which the clone search again, warm", () -> new CloneDetector(DuplicateSettings.DEFAULTS).find(files));
    step("reports (console, json, html, md)", () -> {
      int lines = new ConsoleSummary(true).lines(result).size();
      for (ReportWriter writer : ReportFormats.writers(List.of("json", "html", "md"), root)) {
        try {
          writer.write(result, out);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
      return lines;
    });
    Cpu ended = Cpu.now();
    print("whole run", Cpu.ZERO, ended, 0);
    System.out.println();
    System.out.println("threads, cpu s: " + Cpu.byThread());
    System.out.println();
    splitPerFile(walked.files(), rounds);
  }

  /** Runs {@code work} as one step of the run and prints its cpu. */
  private static <T> T step(String name, Supplier<T> work) {
    Cpu before = Cpu.now();
    long wall = System.nanoTime();
    T value = work.get();
    print(name, before, Cpu.now(), System.nanoTime() - wall);
    return value;
  }

  private static void print(String name, Cpu before, Cpu after, long wallNanos) {
    double total = after.process - before.process;
    double jit = after.jit - before.jit;
    double gc = after.gc - before.gc;
    System.out.printf("%-40s %8.2f %8.2f %8.2f %8.2f %8.2f%n", name, total, total - jit - gc, jit, gc, wallNanos / 1e9);
  }

  /** What the worker does for each file with no cache and within its budget: read, decode, measure. */
  private static List<FileMetrics> measure(Languages languages, List<SourceFile> sources) {
    SourceReader reader = new SourceReader(StandardCharsets.UTF_8);
    sources.stream().map(file -> languages.forFile(file.relativePath())).distinct().forEach(LanguageAnalyzer::load);
    List<FileMetrics> files = new ArrayList<>();
    for (SourceFile file : sources) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file.file());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      if (reader.isBinary(bytes)) {
        continue;
      }
      SourceReader.DecodedText text = reader.decode(bytes);
      LanguageAnalyzer language = languages.forFile(file.relativePath());
      files.add(FileMetrics.of(file.relativePath(), language.name(), FileKind.of(file.relativePath(), text.text()),
          language.analyze(new SourceText(text.text())), text.decodeError()));
    }
    return files;
  }

  /** The tree-sitter grammar that reads a file, by extension; null for the other languages. */
  private static TSLanguage grammar(String path) {
    String extension = path.substring(path.lastIndexOf('.') + 1);
    return switch (extension) {
      case "js", "mjs", "cjs", "jsx" -> new TreeSitterJavascript();
      case "kt", "kts" -> new TreeSitterKotlin();
      case "go" -> new TreeSitterGo();
      default -> null;
    };
  }

  /**
   * The per-file analysis of the JavaScript, Kotlin and Go files on this thread, ROUNDS times: the bindings'
   * parse alone, Perfscope's read of the tree ({@code TreeReader}: in one native call where Perfscope ships its
   * library, else the bindings' parse and a copy node by node), and Perfscope's whole analysis.
   */
  private static void splitPerFile(List<SourceFile> sources, int rounds) throws IOException {
    Languages languages = Languages.standard();
    List<SourceFile> read = sources.stream().filter(file -> grammar(file.relativePath()) != null).toList();
    if (read.isEmpty()) {
      return;
    }
    List<String> texts = new ArrayList<>();
    for (SourceFile file : read) {
      texts.add(Files.readString(file.file()));
    }
    TSLanguage language = grammar(read.get(0).relativePath());
    TSParser parser = Parsers.forThisThread(language);
    SymbolKinds kinds = SymbolKinds.of(language, Map.of(), Map.of(), (byte) 0);
    LanguageAnalyzer analyzer = languages.forFile(read.get(0).relativePath());
    System.out.printf("per-file analysis of the %d %s files on one thread, cpu s:%n", read.size(), analyzer.name());
    for (int round = 1; round <= rounds; round++) {
      long start = THREADS.getCurrentThreadCpuTime();
      for (String text : texts) {
        TSTree tree = parser.parseString(null, text);
        tree.close();
      }
      long parsed = THREADS.getCurrentThreadCpuTime();
      for (String text : texts) {
        TreeReader.read(language, new SourceText(text), offsets -> new SyntaxTree(kinds, offsets) {});
      }
      long copied = THREADS.getCurrentThreadCpuTime();
      for (String text : texts) {
        analyzer.analyze(new SourceText(text));
      }
      long analyzed = THREADS.getCurrentThreadCpuTime();
      System.out.printf("round %d: parse %.2f, parse and copy %.2f, whole analysis %.2f%n", round,
          (parsed - start) / 1e9, (copied - parsed) / 1e9, (analyzed - copied) / 1e9);
    }
  }

  /** The process's cpu time so far, and the JIT compiler threads' and the garbage collector's parts of it. */
  private record Cpu(double process, double jit, double gc) {
    static final Cpu ZERO = new Cpu(0, 0, 0);
    private static final double TICK = 0.01; // USER_HZ on Linux

    static Cpu now() {
      double jit = 0;
      double gc = 0;
      for (Map.Entry<String, Double> thread : threads().entrySet()) {
        String name = thread.getKey();
        if (isJit(name)) {
          jit += thread.getValue();
        } else if (isGc(name)) {
          gc += thread.getValue();
        }
      }
      return new Cpu(ticks(Path.of("/proc/self/stat")), jit, gc);
    }

    static boolean isJit(String name) {
      return name.contains("CompilerThre");
    }

    static boolean isGc(String name) {
      return name.startsWith("GC Thread") || name.startsWith("VM Thread") || name.startsWith("ParGC");
    }

    /** The cpu seconds of each live thread, by name (tid appended). */
    static Map<String, Double> threads() {
      Map<String, Double> byName = new TreeMap<>();
      try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
        for (Path task : tasks.toList()) {
          try {
            String stat = Files.readString(task.resolve("stat"));
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            byName.put(name + " " + task.getFileName(), ticks(task.resolve("stat")));
          } catch (IOException e) {
            // the thread ended meanwhile
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("needs Linux's /proc", e);
      }
      return byName;
    }

    /** Threads that used at least 0.05 s, grouped as JIT, GC, and each other name. */
    static String byThread() {
      StringBuilder out = new StringBuilder();
      threads().forEach((name, seconds) -> {
        if (seconds >= 0.05) {
          out.append(String.format("%s %.2f; ", name, seconds));
        }
      });
      return out.toString();
    }

    /** utime + stime of a /proc stat file, in seconds. */
    private static double ticks(Path stat) {
      try {
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
