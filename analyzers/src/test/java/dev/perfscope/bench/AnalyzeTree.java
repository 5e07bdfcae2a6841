package dev.perfscope.bench;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.report.JsonReport;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The analysis core on a whole tree in a JVM of its own, cold (no cache, no history), writing the JSON report:
 * what {@code perf:analyze}'s worker JVM does minus the other reports, so that JVM options can be compared.
 * Usage: AnalyzeTree TREE OUT.
 */
public final class AnalyzeTree {
  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    AnalysisRequest request = new AnalysisRequest(Path.of(args[0]), List.of(Path.of(".")), List.of(), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults());
    AnalysisResult result = new Analysis().run(request);
    new JsonReport().write(result, Path.of(args[1]));
    System.out.printf("%d files in %.2f s%n", result.files().size(), (System.nanoTime() - start) / 1e9);
  }
}
