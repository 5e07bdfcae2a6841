package dev.perfscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our SARIF passes the SARIF Multitool's {@code validate} (npm {@code @microsoft/sarif-multitool}, which
 * {@code .ci/run} installs) with no error and no warning (SARIF2005 asks for the tool's informationUri).
 * Skipped, saying so in the console ({@link SkipNotice}), where it is not installed: a test never downloads it.
 */
class SarifValidationTest {
  @TempDir Path out;

  @Test
  void multitoolFindsNoError() throws Exception {
    assumeTrue(onPath("sarif-multitool"), "SARIF validation skipped: no sarif-multitool on the PATH (.ci/run "
        + "installs npm's @microsoft/sarif-multitool)");
    for (var result : List.of(ReportSamples.shop(), ReportSamples.hostile())) {
      Path dir = Files.createDirectories(out.resolve(String.valueOf(result.root().hashCode())));
      Path sarif = new SarifReport(Path.of("/work")).write(result, dir);
      Path log = dir.resolve("validation.sarif");
      List<String> validate = List.of("sarif-multitool", "validate", sarif.toString(), "--output", log.toString());
      Process process = new ProcessBuilder(validate).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(process.exitValue()).as(output).isZero();
      assertThat(errorsAndWarnings(log)).as(output).isEmpty();
    }
  }

  /** The validator's results of level error or warning (a result without a level is a warning). */
  private static List<String> errorsAndWarnings(Path log) throws IOException {
    List<String> problems = new ArrayList<>();
    JsonNode validation = new ObjectMapper().readTree(log.toFile());
    for (JsonNode result : validation.at("/runs/0/results")) {
      String level = result.path("level").asText("warning");
      if (level.equals("error") || level.equals("warning")) {
        problems.add(level + " " + result.path("ruleId").asText() + ": " + result.path("message"));
      }
    }
    return problems;
  }

  static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
