package dev.perfscope.history;

import static dev.perfscope.history.TestRepo.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk's result does not depend on how many threads diff: a history split into runs of one or two commits,
 * with a rename whose older changes fall in another thread's run, gives what one thread gives.
 */
class HistoryWalkThreadsTest {
  @TempDir Path dir;

  @Test
  void anyThreadCountGivesTheSameChanges() throws Exception {
    ObjectId head;
    try (TestRepo repo = TestRepo.init(dir)) {
      for (int day = 1; day <= 12; day++) {
        repo.write("a.txt", lines(day)).write("b/B" + day % 3 + ".txt", lines(20 - day)).commit("dev" + day % 4, day, "edit");
      }
      Files.move(dir.resolve("a.txt"), dir.resolve("renamed.txt"));
      repo.commit("carol", 13, "rename");
      Files.delete(dir.resolve("b/B0.txt"));
      head = repo.write("renamed.txt", lines(30)).commit("dave", 14, "delete and grow").copy();
    }
    String oneThread = walk(head, 1, 1);
    assertThat(oneThread).contains("renamed.txt commits=14", "path=a.txt").doesNotContain("\na.txt");
    for (int threads = 2; threads <= 6; threads++) {
      assertThat(walk(head, threads, 1)).isEqualTo(oneThread);
      assertThat(walk(head, threads, 2)).isEqualTo(oneThread);
    }
  }

  private String walk(ObjectId head, int threads, int minSegment) throws Exception {
    try (TestRepo repo = TestRepo.open(dir)) {
      Repository repository = repo.git.getRepository();
      Set<String> wanted = Set.of("renamed.txt", "b/B1.txt", "b/B2.txt");
      Map<String, FileChanges> changes = new HistoryWalk(repository, "", wanted, threads, null).withMinSegment(minSegment)
          .walk(head, TestRepo.T0);
      StringBuilder dump = new StringBuilder();
      new TreeMap<>(changes).forEach((path, c) -> dump.append(describe(path, c)));
      return dump.toString();
    }
  }

  private static String describe(String path, FileChanges changes) {
    StringBuilder text = new StringBuilder(path).append(" commits=").append(changes.touches().size()).append(' ')
        .append(changes.toHistory()).append('\n');
    changes.touches().forEach(t -> text.append("  ").append(t).append('\n'));
    return text.toString();
  }
}
