package dev.perfscope.bench;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Health;
import dev.perfscope.model.ModuleHealth;
import dev.perfscope.threshold.Thresholds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The calibration table of docs/health-score.md: each tree analyzed with the default thresholds (no cache, no
 * history), its scored files and their lines, its health, and its weakest and strongest module.
 * Usage: HealthCalibration (NAME LANGUAGE TREE)...; bench/health-calibration.sh supplies the trees.
 */
public final class HealthCalibration {
  public static void main(String[] args) {
    System.out.println("| Project | Language | Files | Lines | Score | Letter | Modules | Weakest module"
        + " | Strongest module |");
    System.out.println("|---|---|---:|---:|---:|:-:|---:|---|---|");
    for (int i = 0; i + 2 < args.length; i += 3) {
      AnalysisRequest request = new AnalysisRequest(Path.of(args[i + 2]), List.of(Path.of(".")), List.of(), List.of(),
          StandardCharsets.UTF_8, Thresholds.defaults());
      AnalysisResult result = new Analysis().run(request);
      List<FileMetrics> scored = result.files().stream().filter(f -> f.health() != null).toList();
      List<ModuleHealth> modules = ModuleHealth.of(result.files());
      Health health = result.health();
      System.out.println(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %d | %s | %d | %s | %s |", args[i],
          args[i + 1], scored.size(), scored.stream().mapToLong(FileMetrics::lines).sum(), health.score(),
          health.letter(), modules.size(), module(modules.get(0)), module(modules.get(modules.size() - 1))));
    }
  }

  private static String module(ModuleHealth module) {
    return String.format(Locale.ROOT, "%s %d (%s)", module.name(), module.health().score(), module.health().letter());
  }
}
