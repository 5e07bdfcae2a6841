package dev.perfscope.history;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileHistory;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.threshold.Thresholds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the whole analysis on a directory with the given history settings. */
final class HistoryFixture {
  private HistoryFixture() {}

  static AnalysisResult analyze(Path root, HistorySettings settings) {
    return new Analysis().run(new AnalysisRequest(root, List.of(Path.of(".")), List.of(), List.of(),
        StandardCharsets.UTF_8, Thresholds.defaults()).withHistory(settings));
  }

  static AnalysisResult analyze(Path root) {
    return analyze(root, new HistorySettings(true, HistorySettings.DEFAULT_DAYS, null));
  }

  static FileMetrics file(AnalysisResult result, String path) {
    return result.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
  }

  static FileHistory history(AnalysisResult result, String path) {
    return file(result, path).history();
  }
}
