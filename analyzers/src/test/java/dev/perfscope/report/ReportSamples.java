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
import java.util.Random;

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

  /** The longest unit name in java.base (127 characters), a method of an anonymous class in a nested class. */
  static final String ANONYMOUS_CLASS_METHOD = "AtomicReferenceFieldUpdater.AtomicReferenceFieldUpdaterImpl."
      + "AtomicReferenceFieldUpdaterImpl.new PrivilegedExceptionAction().run";
  /** java.base's total lines, the figure that overflowed its card. */
  static final int JAVA_BASE_LINES = 1_242_323;
  private static final List<String> JAVA_BASE_PACKAGES = List.of("java/lang", "java/lang/invoke", "java/util",
      "java/util/concurrent", "java/util/regex", "java/io", "java/nio", "java/net", "java/time/format", "java/security",
      "java/text", "java/math", "sun/nio/ch", "sun/security/ssl", "sun/security/util", "sun/util/locale/provider",
      "jdk/internal/misc", "jdk/internal/org/objectweb/asm", "javax/crypto", "com/sun/crypto/provider");

  /**
   * A result of {@code java.base}'s shape, made up so that it needs neither the JDK's sources nor the time to
   * analyze them: 3,100 source files in 190 packages with sizes spread over four decades, 1,242,323 lines in
   * all, a unit with java.base's 127-character anonymous-class name in every tenth file, the findings the
   * default thresholds give (over 500) and 520 recommendations.
   */
  static AnalysisResult javaBaseShape() {
    Random random = new Random(16);
    int count = 3100;
    double[] raw = new double[count];
    double sum = 0;
    for (int i = 0; i < count; i++) {
      raw[i] = Math.exp(5.2 + 1.05 * random.nextGaussian());
      sum += raw[i];
    }
    int[] lines = new int[count];
    int total = 0;
    for (int i = 0; i < count; i++) {
      lines[i] = Math.max(12, Math.min(11_000, (int) (raw[i] * JAVA_BASE_LINES / sum)));
      total += lines[i];
    }
    int largest = 0;
    for (int i = 1; i < count; i++) {
      largest = lines[i] > lines[largest] ? i : largest;
    }
    lines[largest] += JAVA_BASE_LINES - total; // the total comes out exact
    List<FileMetrics> files = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String folder = JAVA_BASE_PACKAGES.get(i % JAVA_BASE_PACKAGES.size()) + (i % 190 < 20 ? "" : "/part" + (i % 190) / 20);
      String name = i == 7 ? "UnsupportedClassVersionExceptionWithAVeryLongNameThatKeepsGoingPastAnyColumnWidth" : "Type" + i;
      files.add(javaBaseFile(folder + "/" + name + ".java", lines[i], i % 10 == 3, random));
    }
    AnalysisResult result = result("/work/jdk/java.base", files);
    List<Recommendation> advised = new ArrayList<>();
    for (int i = 0; i < 520; i++) {
      Finding finding = result.findings().get(i % result.findings().size());
      String function = finding.function() == null ? "Type.run" : finding.function();
      advised.add(new Recommendation(i % 3 == 0 ? "high" : "medium", finding.path(), "extract-function",
          "Extract 1 block from " + function + " (line " + finding.line() + ")", finding.message() + ".",
          Plan.extraction(List.of(new Block(function, finding.line() + 5, finding.line() + 20, 9,
              List.of("state", "index"), List.of("result")))),
          function + " about 60 lines instead of 76", 0, 0, null)
          .withImpact(new ImpactFactors(3.0 - i / 200.0, 300, 0, 2)).withRank(i + 1));
    }
    return result.withRecommendations(advised);
  }

  /**
   * A tree of {@code count} source files in 40 modules of 50 folders, 20 to 499 lines, every hundredth file past the
   * file-lines levels, one unit in every tenth file: the size at which a script that spreads one array into a
   * call's arguments fails.
   */
  static AnalysisResult largeTree(int count) {
    List<FileMetrics> files = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int lines = i % 100 == 1 ? 1500 : 20 + (int) ((long) i * 7919 % 480);
      List<FunctionMetrics> functions = i % 10 == 0
          ? List.of(new FunctionMetrics("F" + i + ".run", 2, 11, 10, 8, 1, 1 + i % 30, i % 40, i % 5)) : List.of();
      files.add(new FileMetrics("m" + i % 40 + "/p" + i % 50 + "/F" + i + ".java", "java", null, lines, lines / 2,
          lines / 4, lines - lines / 2 - lines / 4, 1, null, null, functions, List.of(), null, null, null));
    }
    return result("/work/large", files);
  }

  private static FileMetrics javaBaseFile(String path, int lines, boolean anonymous, Random random) {
    List<FunctionMetrics> functions = new ArrayList<>();
    int units = Math.max(1, Math.min(40, lines / 30));
    int span = Math.max(1, (lines - 10) / units);
    for (int u = 0; u < units; u++) {
      int line = 10 + u * span;
      int cyclomatic = 1 + (int) Math.min(120, Math.exp(1.1 * Math.abs(random.nextGaussian())) * 2);
      String name = anonymous && u == 0 ? ANONYMOUS_CLASS_METHOD : "Type.method" + u;
      functions.add(new FunctionMetrics(name, line, line + span - 1, span, span * 2 / 3, random.nextInt(5),
          cyclomatic, cyclomatic + random.nextInt(6), Math.min(7, cyclomatic / 4)));
    }
    int code = lines * 49 / 100;
    int comment = lines * 41 / 100;
    return new FileMetrics(path, "java", null, lines, code, comment, lines - code - comment, 1, null, null, functions,
        List.of(), null, null, null);
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
        new Plan.Part("Billing.java", List.of("Billing.Billing", "Billing.total"), 640,
            List.of(new Plan.Import("BillingTax.java", List.of("tax")))),
        new Plan.Part("BillingTax.java", List.of("Billing.tax", "Billing.taxRate"), 480)),
        List.of(new Plan.CrossEdge("Billing.java", "BillingTax.java", "Billing.total", "Billing.tax", "call")),
        "Billing.java");
    Plan extraction = Plan.extraction(List.of(
        new Block("Billing.invoice", 60, 99, 12, List.of("order", "rate"), List.of("net"))));
    Plan parameters = Plan.parameterObject(List.of("from", "to", "step"), List.of("Billing.range", "Billing.page"));
    Plan shared = Plan.sharedCode(new Plan.SharedCode(List.of(new Plan.Copy(path, 60, 77),
        new Plan.Copy("src/Orders.java", 12, 29)), 18, 140, "src/Totals.java", false));
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
            .withImpact(new ImpactFactors(0, 60, 12, 3)).withRank(3),
        new Recommendation("low", path, "extract-shared", "Extract the 18 lines copied in 2 files into src/Totals.java",
            "18 lines (140 tokens) are the same but for names and literals in 2 places.", shared,
            "One copy in src/Totals.java (a new module), called from 2 places: 18 lines fewer", 0, 0, null)
            .withImpact(new ImpactFactors(0.24, 36, 12, 3)).withRank(4));
  }
}
