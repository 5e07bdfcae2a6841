package dev.perfscope.lang.python.structure;

import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.python.PythonAnalyzer;
import dev.perfscope.lang.python.metrics.CognitiveComplexity;
import dev.perfscope.lang.python.metrics.DecisionTokens;
import dev.perfscope.lang.python.metrics.FStringFields;
import dev.perfscope.lang.python.metrics.ModuleWalker;
import dev.perfscope.lang.python.parser.ModuleParser;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.SourceMetrics;
import dev.perfscope.model.Structure;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What Python's {@link PythonStructure} costs next to the parse, in one warm JVM: parses every {@code .py} file of a
 * tree and builds its structure, each timed, for several rounds (the last one counts), and writes every file's
 * structure as text so that two builds can be compared with {@code cmp}. docs/performance.md.
 * Usage: {@code StructureBench TREE DUMP [ROUNDS]}.
 */
public final class StructureBench {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private StructureBench() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<Path> files;
    try (Stream<Path> paths = Files.walk(root)) {
      files = paths.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
    }
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }
    for (int round = 1; round <= rounds; round++) {
      long[] nanos = new long[2];
      try (PrintWriter dump = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
        for (int i = 0; i < files.size(); i++) {
          Structure structure = timed(texts.get(i), nanos);
          dump.println(root.relativize(files.get(i)) + "\t" + structure);
        }
      }
      System.out.printf("round %d, cpu: parse %.2f s, structure %.2f s (%.0f%% of the parse)%n", round, nanos[0] / 1e9,
          nanos[1] / 1e9, 100.0 * nanos[1] / nanos[0]);
    }
  }

  /** The structure of one module, adding the parse's time to {@code nanos[0]} and the structure's to {@code nanos[1]}. */
  private static Structure timed(String text, long[] nanos) {
    SourceMetrics measured = new PythonAnalyzer().analyze(new SourceText(text));
    long start = CPU.getCurrentThreadCpuTime();
    ModuleParser.Parsed parsed = ModuleParser.parse(text);
    long parsedAt = CPU.getCurrentThreadCpuTime();
    nanos[0] += parsedAt - start;
    if (parsed.tree() == null || measured.parseError() != null) {
      return Structure.EMPTY;
    }
    ModuleWalker module = ModuleWalker.walk(parsed.tree());
    FStringFields fields = new FStringFields(parsed.lexer());
    CognitiveComplexity cognitive = new CognitiveComplexity(fields, new DecisionTokens(parsed.tokens(), parsed.lexer()));
    List<FunctionMetrics> functions = measured.functions();
    long structureAt = CPU.getCurrentThreadCpuTime();
    Structure structure = PythonStructure.of(parsed, module.units(), functions, cognitive);
    nanos[1] += CPU.getCurrentThreadCpuTime() - structureAt;
    return structure;
  }
}
