package dev.perfscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The headless Chromium the HTML tests open the report in ({@code .ci/run} installs Debian's {@code chromium}
 * and the npm package {@code playwright-core}); a test without them is skipped, saying why.
 */
final class HtmlBrowser {
  /** Screenshots and pages the tests keep, to look at after a run. */
  static final Path KEPT = Path.of("target/html-report");

  private HtmlBrowser() {}

  /** Chromium's standard output (with --dump-dom: the page after its script ran) and its log. */
  record Run(String output, String log) {}

  static void assumeChromium() {
    assumeTrue(SarifValidationTest.onPath("chromium"),
        "HTML rendering skipped: no chromium on the PATH (.ci/run installs Debian's chromium)");
  }

  /** Runs Chromium headless on {@code page} with a fresh profile under {@code scratch}. */
  static Run chromium(Path scratch, Path page, String... action) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
        "--user-data-dir=" + Files.createTempDirectory(scratch, "chromium"), "--enable-logging=stderr", "--v=0",
        "--virtual-time-budget=5000"));
    command.addAll(List.of(action));
    command.add(page.toAbsolutePath().toUri().toString());
    Path log = Files.createTempFile(scratch, "chromium", ".log");
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("chromium finished").isTrue();
    String errors = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(errors).isZero();
    return new Run(output, errors);
  }

  /** Runs {@code src/test/node/<script>} with playwright-core, skipping the test without it; its JSON output. */
  static JsonNode playwright(String script, String... args) throws IOException, InterruptedException {
    assumeChromium();
    String modules = run(new ProcessBuilder("npm", "root", "-g")).trim();
    assumeTrue(!modules.isEmpty() && Files.isDirectory(Path.of(modules, "playwright-core")),
        "HTML interaction skipped: no playwright-core in the global npm modules (.ci/run installs it)");
    List<String> command = new ArrayList<>(List.of("node", "src/test/node/" + script));
    command.addAll(List.of(args));
    ProcessBuilder node = new ProcessBuilder(command);
    node.environment().put("NODE_PATH", modules);
    return new ObjectMapper().readTree(run(node));
  }

  private static String run(ProcessBuilder builder) throws IOException, InterruptedException {
    Process process = builder.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
