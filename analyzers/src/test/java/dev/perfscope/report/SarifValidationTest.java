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
 * {@code .ci/run} installs) with no error. Skipped, saying so, only where neither it nor npx is installed.
 */
class SarifValidationTest {
  @TempDir Path out;

  @Test
  void multitoolFindsNoError() throws Exception {
    List<String> command = multitool();
    assumeTrue(command != null, "SARIF validation skipped: neither sarif-multitool nor npx is on the PATH");
    for (var result : List.of(ReportSamples.shop(), ReportSamples.hostile())) {
      Path dir = Files.createDirectories(out.resolve(String.valueOf(result.root().hashCode())));
      Path sarif = new SarifReport(Path.of("/work")).write(result, dir);
      Path log = dir.resolve("validation.sarif");
      List<String> validate = new ArrayList<>(command);
      validate.addAll(List.of("validate", sarif.toString(), "--output", log.toString()));
      Process process = new ProcessBuilder(validate).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(process.exitValue()).as(output).isZero();
      assertThat(errors(log)).as(output).isEmpty();
    }
  }

  private static List<String> errors(Path log) throws IOException {
    List<String> errors = new ArrayList<>();
    JsonNode validation = new ObjectMapper().readTree(log.toFile());
    for (JsonNode result : validation.at("/runs/0/results")) {
      if ("error".equals(result.path("level").asText("warning"))) {
        errors.add(result.path("ruleId").asText() + ": " + result.at("/message/text").asText());
      }
    }
    return errors;
  }

  private static List<String> multitool() {
    if (onPath("sarif-multitool")) {
      return List.of("sarif-multitool");
    }
    return onPath("npx") ? List.of("npx", "--yes", "@microsoft/sarif-multitool") : null;
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
