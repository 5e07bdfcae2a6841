import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.duplicates.CloneClass;
import dev.perfscope.duplicates.CloneDetector;
import dev.perfscope.duplicates.DuplicateSettings;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.infra.JsonMapper;
import dev.perfscope.model.CodeTokens;
import dev.perfscope.model.FileMetrics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import dev.perfscope.threshold.Thresholds;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The duplicate detection alone, in one JVM, for bench/duplicates-cost.sh: analyzes TREE once (detection off),
 * then times CloneDetector.find over its files RUNS times, and prints the median wall and cpu time (this thread's),
 * the tokens, the bytes the tokens take (codes and lines), the clone classes found, and the size of the files'
 * metrics as the cache stores them (gzipped JSON) with and without the tokens.
 * Usage: java -cp CLASSPATH bench/DuplicatesCost.java TREE [MIN_TOKENS MIN_LINES RUNS]
 */
public class DuplicatesCost {
  public static void main(String[] args) throws IOException {
    Path tree = Path.of(args[0]);
    int minTokens = args.length > 1 ? Integer.parseInt(args[1]) : DuplicateSettings.DEFAULT_MIN_TOKENS;
    int minLines = args.length > 2 ? Integer.parseInt(args[2]) : DuplicateSettings.DEFAULT_MIN_LINES;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    AnalysisResult result = new Analysis().run(new AnalysisRequest(tree, List.of(Path.of(".")), List.of(), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults()).withDuplicates(DuplicateSettings.OFF));
    CloneDetector detector = new CloneDetector(new DuplicateSettings(true, minTokens, minLines));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Double> wall = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    List<CloneClass> found = List.of();
    for (int i = 0; i < runs; i++) {
      long w = System.nanoTime();
      long c = threads.getCurrentThreadCpuTime();
      found = detector.find(result.files());
      cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e9);
      wall.add((System.nanoTime() - w) / 1e9);
    }
    long tokens = 0;
    long bytes = 0;
    for (var file : result.files()) {
      CodeTokens code = file.structure().tokens();
      tokens += code.size();
      bytes += code.codes().length + code.perLine().length;
    }
    List<FileMetrics> withoutTokens = result.files().stream()
        .map(f -> new FileMetrics(f.path(), f.language(), f.kind(), f.lines(), f.code(), f.comment(), f.blank(),
            f.types(), f.parseError(), f.decodeError(), f.functions(), f.suppressions(), f.history(), f.note(),
            f.structure().withTokens(CodeTokens.NONE)))
        .toList();
    System.out.printf("%s: %,d files, %,d tokens in %,d bytes; detection median of %d: %.2f s wall, %.2f s cpu;"
        + " %,d clone classes; cached metrics gzipped: %,d bytes with the tokens, %,d without%n",
        tree.getFileName(), result.files().size(), tokens, bytes, runs, median(wall), median(cpu), found.size(),
        cached(result.files()), cached(withoutTokens));
  }

  /** The files as the metrics cache writes them: JSON, gzipped at its fastest level. */
  private static long cached(List<FileMetrics> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream zipped = new GZIPOutputStream(bytes) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    }) {
      JsonMapper.forCache().writeValue(zipped, files);
    }
    return bytes.size();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
