package dev.perfscope.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A module's walk looks only under the module's folder, when every analyzed file is in it. */
class HistoryWalkFilterTest {

  @Test
  void narrowsToTheAnalyzedFolder() {
    assertThat(HistoryWalk.diffedFolder("app", Set.of("app/src/main/java/A.java", "app/src/test/java/T.java")))
        .isEqualTo("app");
  }

  @Test
  void walksEverythingAtTheTopOrWhenAFileLiesOutsideTheFolder() {
    assertThat(HistoryWalk.diffedFolder("", Set.of("app/A.java"))).isEmpty();
    assertThat(HistoryWalk.diffedFolder("it", Set.of("it/A.java", "analyzers/B.java"))).isEmpty();
    assertThat(HistoryWalk.diffedFolder("app", Set.of("application/A.java"))).isEmpty();
  }
}
