package dev.perfscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a written report with its golden file under {@code src/test/resources/golden/}, after normalising
 * line ends and the analysis root. A missing golden file is written, and the test fails until it is committed.
 */
final class Golden {
  private static final Path DIRECTORY = Path.of("src/test/resources/golden");

  private Golden() {}

  static void check(Path written, String goldenName, String root) throws IOException {
    String actual = normalise(Files.readString(written, StandardCharsets.UTF_8), root);
    Path golden = DIRECTORY.resolve(goldenName);
    if (!Files.exists(golden)) {
      Files.createDirectories(DIRECTORY);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      fail("There was no golden file: wrote " + golden + "; review it and commit it");
    }
    assertThat(actual).isEqualTo(normalise(Files.readString(golden, StandardCharsets.UTF_8), root));
  }

  private static String normalise(String text, String root) {
    return text.replace("\r\n", "\n").replace("\r", "\n").replace(root, "${ROOT}");
  }
}
