package dev.perfscope.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin reaches the core only through its front door: the facade, the run's configuration and outcome,
 * the site page content, and the two holders of defaults its parameter declarations name.
 */
class CoreImportsTest {
  private static final Pattern CORE_TYPE = Pattern.compile("\\bdev\\.perfscope\\.(?!maven\\.)[a-z.]*[A-Z]\\w*");

  @Test
  void thePluginUsesOnlyTheFrontDoor() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher type = CORE_TYPE.matcher(Files.readString(file));
        while (type.find()) {
          used.add(type.group());
        }
      }
    }
    assertThat(used).containsExactlyInAnyOrder("dev.perfscope.Perfscope", "dev.perfscope.run.RunConfig",
        "dev.perfscope.run.RunOutcome", "dev.perfscope.site.SiteContent", "dev.perfscope.config.Defaults",
        "dev.perfscope.threshold.Rule");
  }
}
