package dev.perfscope.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.junit.jupiter.api.Test;

/** A module's walk looks only under the module's folder, when every analyzed file is in it. */
class HistoryWalkFilterTest {

  @Test
  void narrowsToTheAnalyzedFolder() {
    TreeFilter filter = HistoryWalk.filter("app", Set.of("app/src/main/java/A.java", "app/src/test/java/T.java"));
    assertThat(filter).isNotSameAs(TreeFilter.ANY_DIFF);
    assertThat(filter.toString()).contains("app");
  }

  @Test
  void walksEverythingAtTheTopOrWhenAFileLiesOutsideTheFolder() {
    assertThat(HistoryWalk.filter("", Set.of("app/A.java"))).isSameAs(TreeFilter.ANY_DIFF);
    assertThat(HistoryWalk.filter("it", Set.of("it/A.java", "analyzers/B.java"))).isSameAs(TreeFilter.ANY_DIFF);
    assertThat(HistoryWalk.filter("app", Set.of("application/A.java"))).isSameAs(TreeFilter.ANY_DIFF);
  }
}
