package dev.perfscope.report;

import dev.perfscope.advice.Advice;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.Block;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.HistoryInfo;
import dev.perfscope.model.Hotspot;
import dev.perfscope.model.ImpactFactors;
import dev.perfscope.model.Plan;
import dev.perfscope.model.Problem;
import dev.perfscope.model.Recommendation;
import dev.perfscope.model.SkippedFile;
import dev.perfscope.model.Suppression;
import dev.perfscope.model.TrendPoint;
import dev.perfscope.threshold.ThresholdCheck;
import dev.perfscope.threshold.Thresholds;
import java.util.ArrayList;
import java.util.List;

/** Results the report tests share: an ordinary project, and one whose names try to break every format. */
final class ReportSamples {
  /** Closes a script, starts markup, breaks a table, a code span, an attribute and a CDATA section. */
  static final String HOSTILE = "</script><script>alert(1)</script>|`x`\"'&]]>";

  /** Markup that would run if it ever became markup: it would change the title and log to the console. */
  static final String INJECTION = "</script><script>document.title='pwned';console.log('pwned')</script>"
      + "<img src=x onerror=\"document.title='pwned';console.log('pwned')\">|`x`]]>";

  /** A file name that, printed raw, would add two real-looking lines to a Maven build log. */
  static final String FORGED = "x.py\n[INFO] BUILD SUCCESS\r\n[INFO] fake\u2028\t.py";

  private ReportSamples() {}

  static AnalysisResult shop() {
    return shop(0, "Billing.invoice");
  }

  /** The shop with its most complex function moved down {@code shift} lines, under {@code name}. */
  static AnalysisResult shop(int shift, String name) {
    List<FileMetrics> files = new ArrayList<>();
    files.add(new FileMetrics("src/main/java/shop/Billing.java", "java", null, 1213, 990, 136, 87, 2, null, null, List.of(
        new FunctionMetrics(name, 42 + shift, 181 + shift, 140, 88, 3, 23, 31, 5),
        new FunctionMetrics("Billing.Billing", 20, 24, 5, 3, 1, 1, 0, 0)), List.of(), null, null, null));
    files.add(new FileMetrics("src/main/java/shop/Broken.java", "java", null, 30, 20, 5, 5, 0,
        new Problem(5, 13, "unexpected \";\""), null, List.of(), List.of(), null, null, null));
    files.add(new FileMetrics("src/main/java/shop/Cart.java", "java", null, 640, 500, 90, 50, 1, null, null, List.of(
        new FunctionMetrics("Cart.total", 10, 95, 86, 60, 8, 12, 17, 3)),
        List.of(new Suppression(9, 95, List.of("cognitive"), "pricing rules, see ADR-7", false)), null, null, null));
    for (int i = 0; i < 6; i++) {
      files.add(new FileMetrics("src/main/java/shop/Small" + i + ".java", "java", null, 40 + 30 * i, 30, 5, 5 + 30 * i, 1,
          null, null, List.of(new FunctionMetrics("Small" + i + ".run", 3, 10, 8, 4, 2, 1 + i, i, 1)), List.of(), null, null, null));
    }
    // documentation and data past every file-lines level: counted apart, never a finding
    files.add(new FileMetrics("README.md", "text", null, 1400, 1100, 0, 300, 0, null, null, List.of(), List.of(), null,
        null, null));
    files.add(new FileMetrics("src/main/resources/catalog.json", "text", null, 2100, 2100, 0, 0, 0, null, null, List.of(),
        List.of(), null, null, null));
    AnalysisResult result = result("/work/shop", files).withSkipped(List.of(
        new SkippedFile("src/main/resources/banner.png", SkippedFile.BINARY, "a NUL byte in the first 8000 bytes"),
        new SkippedFile("src/main/resources/logo.py", SkippedFile.BINARY, "a NUL byte in the first 8000 bytes")));
    List<Hotspot> hotspots = List.of(
        new Hotspot("src/main/java/shop/Billing.java", 1.0, 840, 24, List.of(
            new TrendPoint("41d07aa", "2025-12-02T09:14:05Z", 310, 6),
            new TrendPoint("7c2e9b0", "2026-05-11T10:00:00Z", 880, 17),
            new TrendPoint("9f3c2e1", "2026-11-20T16:41:37Z", 1213, 24))),
        new Hotspot("src/main/java/shop/Cart.java", 0.21, 300, 12, List.of()));
    return result.withHistory(HistoryInfo.sufficient("9f3c2e1", 365, false, 42), result.files(), hotspots);
  }

  static AnalysisResult hostile() {
    String path = "src/" + HOSTILE + ".java";
    List<FileMetrics> files = List.of(new FileMetrics(path, "java", null, 900, 900, 0, 0, 1, null, null, List.of(
        new FunctionMetrics(HOSTILE, 3, 3, 1, 1, 0, 40, 0, 0)),
        List.of(new Suppression(1, 900, List.of("file-lines"), HOSTILE, true)), null, null, null));
    AnalysisResult result = result("/work/hostile", files);
    return result.withHistory(HistoryInfo.sufficient("9f3c2e1", 365, false, 42), result.files(),
        List.of(new Hotspot(path, 1.0, 10, 40, List.of(new TrendPoint("a", HOSTILE, 1, 1),
            new TrendPoint("b", HOSTILE, 900, 40)))));
  }

  /**
   * {@link #INJECTION} everywhere text from the tree reaches a report: a path, a function name, a
   * suppression reason, a parse error, a decode error and a note.
   */
  static AnalysisResult injected() {
    Problem problem = new Problem(2, 3, INJECTION);
    List<FileMetrics> files = List.of(
        new FileMetrics("src/" + INJECTION + ".py", "python", null, 900, 900, 0, 0, 1, null, problem, List.of(
            new FunctionMetrics(INJECTION, 3, 3, 1, 1, 0, 40, 0, 0)),
            List.of(new Suppression(10, 20, List.of(), INJECTION, false)), null, null, null),
        new FileMetrics("src/broken.py", "python", null, 12, 12, 0, 0, 0, problem, null, List.of(), List.of(), null, null, null),
        new FileMetrics("src/big.py", "python", null, 3, 3, 0, 0, 0, null, null, List.of(), List.of(), null, null, null).withNote(problem));
    return result("/work/injected", files);
  }

  /**
   * {@link #FORGED} as a file with a critical finding, a parse error, a note and a suppression reason, and as
   * a skipped file.
   */
  static AnalysisResult forged() {
    Problem problem = new Problem(1, 1, FORGED);
    List<FileMetrics> files = List.of(new FileMetrics(FORGED, "python", null, 900, 900, 0, 0, 1, problem, null,
        List.of(new FunctionMetrics(FORGED, 3, 3, 1, 1, 0, 40, 0, 0)), List.of(), null, null, null).withNote(problem));
    return result("/work/forged", files).withSkipped(List.of(new SkippedFile(FORGED, SkippedFile.BINARY, FORGED)));
  }

  private static AnalysisResult result(String root, List<FileMetrics> files) {
    Thresholds thresholds = Thresholds.defaults();
    ThresholdCheck.Checked checked = new ThresholdCheck(thresholds).run(files);
    List<Finding> ranked = new Advice(thresholds).rankFindings(files, checked.findings()); // as an analysis does
    return AnalysisResult.of(new AnalysisResult.Tool("perfscope", "1.0"), root, files, ranked,
        thresholds.inForce()).withSuppressed(checked.suppressed()).withRecommendations(recommendations(files));
  }

  /** One recommendation of each plan shape, on the first file. */
  static List<Recommendation> recommendations(List<FileMetrics> files) {
    String path = files.get(0).path();
    Plan split = Plan.split(List.of(
        new Plan.Part("Billing.java", List.of("Billing.Billing", "Billing.total"), 640),
        new Plan.Part("BillingTax.java", List.of("Billing.tax", "Billing.taxRate"), 480)),
        List.of(new Plan.CrossEdge("Billing.java", "BillingTax.java", "Billing.total", "Billing.tax", "call")),
        "Billing.java");
    Plan extraction = Plan.extraction(List.of(
        new Block("Billing.invoice", 60, 99, 12, List.of("order", "rate"), List.of("net"))));
    Plan parameters = Plan.parameterObject(List.of("from", "to", "step"), List.of("Billing.range", "Billing.page"));
    return List.of(
        new Recommendation("medium", path, "extract-function", "Extract 1 block from Billing.invoice",
            "cognitive complexity 31.", extraction, "Billing.invoice about 101 lines and cognitive 19 instead of 140 and 31",
            0, 0, null).withImpact(new ImpactFactors(8.2, 140, 12, 3)).withRank(1),
        new Recommendation("high", path, "split-file", "Split Billing.java into 2 files", "1213 lines.", split,
            "largest part 640 lines instead of 1,213", 0, 0, null)
            .withImpact(new ImpactFactors(2.43, 1213, 12, 3)).withRank(2),
        new Recommendation("low", path, "parameter-object", "Group (from, to, step) into a parameter object",
            "2 functions take these 3 parameters together.", parameters,
            "2 functions take one FromParams instead of 3 parameters", 0, 0, null)
            .withImpact(new ImpactFactors(0, 60, 12, 3)).withRank(3));
  }
}
