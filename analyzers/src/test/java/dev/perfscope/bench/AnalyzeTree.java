package dev.perfscope.bench;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.analysis.ForkMode;
import dev.perfscope.analysis.WorkerJvm;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.report.JsonReport;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The analysis core on a whole tree in a JVM of its own, cold (no cache, no history), writing the JSON report:
 * what {@code perf:analyze} does minus Maven, so that JVM options can be compared. Usage: AnalyzeTree TREE OUT
 * [FORK], FORK being {@code auto}, {@code always} or {@code never} (the default: no worker JVM).
 */
public final class AnalyzeTree {
  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    AnalysisRequest request = new AnalysisRequest(Path.of(args[0]), List.of(Path.of(".")), List.of(), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults());
    Analysis analysis = args.length < 3 ? new Analysis()
        : Analysis.forking(WorkerJvm.onOwnClasspath(), ForkMode.parse(args[2]), System.err::println,
            System.err::println);
    AnalysisResult result = analysis.run(request);
    new JsonReport().write(result, Path.of(args[1]));
    System.out.printf("%d files in %.2f s%n", result.files().size(), (System.nanoTime() - start) / 1e9);
  }
}
