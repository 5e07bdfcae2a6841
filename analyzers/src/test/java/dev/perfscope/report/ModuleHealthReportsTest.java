package dev.perfscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.threshold.ThresholdCheck;
import dev.perfscope.threshold.Thresholds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The modules' health in the console summary and the Markdown report: weakest and strongest. */
class ModuleHealthReportsTest {
  /** Folders {@code m00..m11}, each with one file; that of {@code mNN} has NN functions of cyclomatic 12 (warnings). */
  private static AnalysisResult twelveModules() {
    List<FileMetrics> files = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      List<FunctionMetrics> functions = new ArrayList<>();
      for (int f = 0; f < m; f++) {
        functions.add(new FunctionMetrics("F.f" + f, 1 + f, 1 + f, 1, 1, 0, 12, 0, 0));
      }
      files.add(new FileMetrics(String.format("src/m%02d/F.java", m), "java", null, 100, 100, 0, 0, 1, null, null, functions,
          List.of(), null, null, null));
    }
    return AnalysisResult.of(new AnalysisResult.Tool("perfscope", "1.0"), "/p", files,
        new ThresholdCheck(Thresholds.defaults()).check(files));
  }

  @Test
  void theConsoleNamesTheWeakestAndStrongestModule() {
    // e^(-11/8) = 0.253 for m11; overall (Σ e^(-k/8), k = 0..11) / 12 = 0.551
    assertThat(new ConsoleSummary().lines(twelveModules()).get(1))
        .isEqualTo("Health score: 51 / 100 (E); weakest module src/m11 20 (E), strongest src/m00 100 (A)");
  }

  @Test
  void markdownListsTheFiveWeakestAndFiveStrongestOfManyModules() {
    List<String> lines = new MarkdownReport().lines(twelveModules());
    int at = lines.indexOf("## Health by module");
    assertThat(lines.subList(at, at + 17)).containsExactly(
        "## Health by module",
        "",
        "The 5 weakest and the 5 strongest of 12 modules.",
        "",
        "| Module | Files | Code lines | Health |",
        "|---|---:|---:|---:|",
        "| src/m11 | 1 | 100 | 20 (E) |",
        "| src/m10 | 1 | 100 | 23 (E) |",
        "| src/m09 | 1 | 100 | 27 (E) |",
        "| src/m08 | 1 | 100 | 31 (E) |",
        "| src/m07 | 1 | 100 | 36 (E) |",
        "| ... |  |  |  |",
        "| src/m04 | 1 | 100 | 56 (E) |",
        "| src/m03 | 1 | 100 | 65 (D) |",
        "| src/m02 | 1 | 100 | 75 (C) |",
        "| src/m01 | 1 | 100 | 86 (B) |",
        "| src/m00 | 1 | 100 | 100 (A) |");
    assertThat(lines.get(2)).isEqualTo("**Health score: 51 / 100 (E)**");
  }
}
