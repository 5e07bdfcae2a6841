package dev.perfscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.perfscope.advice.Advice;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.ChangeScope;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.HistoryInfo;
import dev.perfscope.model.Hotspot;
import dev.perfscope.model.Problem;
import dev.perfscope.model.SkippedFile;
import dev.perfscope.threshold.ThresholdCheck;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build-log summary, compared line by line with {@code golden/console-summary.txt}. */
class ConsoleSummaryTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/console-summary.txt");

  private static AnalysisResult sample() {
    List<FileMetrics> files = new ArrayList<>();
    files.add(new FileMetrics("src/main/java/shop/Billing.java", "java", null, 1213, 990, 136, 87, 2, null, null, List.of(
        new FunctionMetrics("Billing.invoice", 42, 181, 140, 88, 3, 23, 31, 5),
        new FunctionMetrics("Billing.Billing", 20, 24, 5, 3, 1, 1, 0, 0)), List.of(), null, null, null));
    files.add(new FileMetrics("src/main/java/shop/Broken.java", "java", null, 30, 20, 5, 5, 0,
        new Problem(5, 13, "unexpected \";\""), null, List.of(), List.of(), null, null, null));
    files.add(new FileMetrics("README.txt", "text", null, 12, 9, 0, 3, 0, null,
        new Problem(3, 7, "bytes not valid in UTF-8"), List.of(), List.of(), null, null, null));
    for (int i = 0; i < 12; i++) {
      files.add(new FileMetrics("src/main/java/shop/Small" + i + ".java", "java", null, 40 + i, 30, 5, 5 + i, 1, null, null,
          List.of(new FunctionMetrics("Small" + i + ".run", 3, 10, 8, 4, 7, 1 + i % 4, i % 3, 1)), List.of(), null, null, null));
    }
    return AnalysisResult.of(new AnalysisResult.Tool("perfscope", "1.0"), "/shop", files,
        new Advice(Thresholds.defaults()).rankFindings(files, new ThresholdCheck(Thresholds.defaults()).check(files)))
        .withRecommendations(ReportSamples.recommendations(files))
        .withSkipped(List.of(
            new SkippedFile("assets/logo.py", SkippedFile.BINARY, "a NUL byte in the first 8000 bytes"),
            new SkippedFile("data/dump.csv", SkippedFile.TOO_LARGE, "file is 9000000 bytes, over maxFileSize")));
  }

  private static final Path GOLDEN_HISTORY = Path.of("src/test/resources/golden/console-summary-history.txt");

  /** The sample in pull-request mode, with history: a shallow clone, two hotspots. */
  private static AnalysisResult sampleWithHistory() {
    AnalysisResult result = sample();
    List<Hotspot> hotspots = List.of(
        new Hotspot("src/main/java/shop/Billing.java", 1.0, 840, 24, List.of()),
        new Hotspot("src/main/java/shop/Small3.java", 0.0417, 35, 4, List.of()));
    return result.withHistory(HistoryInfo.sufficient("abc1234", 365, true, 42), result.files(), hotspots)
        .withSince(new ChangeScope("origin/main", "def5678", 16));
  }

  @Test
  void namesThePullRequestScopeAndListsHotspots() throws IOException {
    assertMatchesGolden(new ConsoleSummary().lines(sampleWithHistory()), GOLDEN_HISTORY);
  }

  @Test
  void saysSoWhenHistoryHasNoHotspots() {
    AnalysisResult result = sample();
    List<String> lines = new ConsoleSummary().lines(
        result.withHistory(HistoryInfo.sufficient("abc1234", 30, false, 9), result.files(), List.of()));
    assertThat(lines).contains("Hotspots: none in 30 days of history before abc1234.");
  }

  @Test
  void saysWhyAHistoryTooShortRanksNoHotspotsInTheConsoleAndMarkdown() {
    AnalysisResult result = sample();
    AnalysisResult squashed = result.withHistory(HistoryInfo.of("abc1234", 365, false, 1, "only 1 commit"),
        result.files(), List.of());

    assertThat(new ConsoleSummary().lines(squashed))
        .contains("Hotspots: not ranked; 1 commit in 365 days of history before abc1234: only 1 commit.");
    assertThat(new MarkdownReport().lines(squashed))
        .contains("- History: 1 commit in 365 days before abc1234; not ranked by change: only 1 commit.");
  }

  @Test
  void warnsThatADamagedRepositoryLeftTheReportsWithoutHistory() {
    AnalysisResult result = sample();
    AnalysisResult damaged = result.withHistory(HistoryInfo.damaged("abc1234", 365,
        "git history cannot be read: Missing blob 762cb0e7"), result.files(), List.of());

    assertThat(new ConsoleSummary().lines(damaged)).contains("Warning: no git history in this run's reports, the "
        + "repository is damaged: git history cannot be read: Missing blob 762cb0e7.").noneMatch(l -> l.startsWith("Hotspots"));
    assertThat(new MarkdownReport().lines(damaged)).contains(
        "- History: not read, the git repository is damaged: git history cannot be read: Missing blob 762cb0e7.");
  }

  @Test
  void namesEveryFileALimitKeptFromBeingFullyMeasured() {
    assertThat(new ConsoleSummary().lines(ReportSamples.injected()))
        .contains("Not fully measured: src/big.py: " + ReportSamples.INJECTION);
  }

  @Test
  void leavesTheFindingsToTheGateWhenTheBuildFails() throws IOException {
    List<String> all = new ConsoleSummary().lines(sample());
    List<String> failing = new ConsoleSummary(false).lines(sample());
    List<String> findings = all.stream().filter(l -> l.startsWith("  [critical] ") || l.startsWith("  [warning] ")
        || l.equals("Findings, what to fix first:")).toList();

    assertThat(findings).isNotEmpty();
    assertThat(failing).doesNotContainAnyElementsOf(findings)
        .containsExactlyElementsOf(all.stream().filter(l -> !findings.contains(l)).toList());
  }

  @Test
  void summarizesTotalsLargestFilesComplexFunctionsProblemsAndFindings() throws IOException {
    assertMatchesGolden(new ConsoleSummary().lines(sample()), GOLDEN);
  }

  private static void assertMatchesGolden(List<String> lines, Path golden) throws IOException {
    if (!Files.exists(golden)) {
      Files.write(golden, lines, StandardCharsets.UTF_8);
      fail("There was no golden file: wrote " + golden + "; review it and commit it");
    }
    assertThat(lines).containsExactlyElementsOf(Files.readAllLines(golden, StandardCharsets.UTF_8));
  }
}
