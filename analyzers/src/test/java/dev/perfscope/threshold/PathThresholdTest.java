package dev.perfscope.threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perfscope.config.ConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathThresholdTest {
  @Test
  void overridesApplyToMatchingFilesAndTheLastMatchWins() {
    Thresholds thresholds = Thresholds.defaults().withOverrides(List.of(
        PathThreshold.parse("src/test/** function-lines=150/300 cyclomatic=20/40"),
        PathThreshold.parse("src/test/java/slow/** cyclomatic=30/60")).stream().flatMap(List::stream).toList());

    assertThat(thresholds.limit(Rule.CYCLOMATIC, "src/main/java/A.java")).isEqualTo(new Limit(10, 20));
    assertThat(thresholds.limit(Rule.CYCLOMATIC, "src/test/java/ATest.java")).isEqualTo(new Limit(20, 40));
    assertThat(thresholds.limit(Rule.CYCLOMATIC, "src/test/java/slow/BTest.java")).isEqualTo(new Limit(30, 60));
    assertThat(thresholds.limit(Rule.FUNCTION_LINES, "src/test/java/slow/BTest.java")).isEqualTo(new Limit(150, 300));
    assertThat(thresholds.limit(Rule.NESTING, "src/test/java/ATest.java")).isEqualTo(new Limit(4, 6));
  }

  @Test
  void badEntriesFailNamingTheParameterAndTheForm() {
    assertThatThrownBy(() -> PathThreshold.parse("src/[main cyclomatic=1/2"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("Invalid value for pathThresholds: 'src/[main'. Allowed: a glob such as src/test/**");
    assertThatThrownBy(() -> PathThreshold.parse("src/** complexity=1/2"))
        .hasMessage("Invalid value for pathThresholds: 'complexity'. Allowed: a rule: one of file-lines, "
            + "function-lines, cyclomatic, cognitive, parameters, nesting.");
    assertThatThrownBy(() -> PathThreshold.parse("src/**"))
        .hasMessageContaining("'<glob> <rule>=<warning>/<critical> ...'");
    assertThatThrownBy(() -> PathThreshold.parse("src/** nesting=5/3"))
        .hasMessageStartingWith("Invalid value for nesting.critical: '3'");
  }
}
