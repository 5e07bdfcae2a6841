package dev.perfscope.history;

import static dev.perfscope.history.TestRepo.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A walk with remembered changes gives what a walk from scratch gives; a damaged cache is ignored. */
class HistoryCacheTest {
  private static final Set<String> ALL = Set.of("renamed.txt", "b/B1.txt", "b/B2.txt");

  @TempDir Path dir;
  @TempDir Path out;

  @Test
  void warmEqualsColdAndNewCommitsAreAdded() throws Exception {
    Path cache = out.resolve("history.json.gz");
    ObjectId head = build(1, 8);
    assertThat(walk(head, ALL, cache)).isEqualTo(walk(head, ALL, null));
    assertThat(cache).exists();
    assertThat(walk(head, ALL, cache)).isEqualTo(walk(head, ALL, null));

    ObjectId newer = build(9, 14);
    assertThat(walk(newer, ALL, cache)).isEqualTo(walk(newer, ALL, null)).contains("renamed.txt commits=14");
  }

  @Test
  void changesNotCountedBeforeAreCountedWhenWanted() throws Exception {
    Path cache = out.resolve("history.json.gz");
    ObjectId head = build(1, 14);
    walk(head, Set.of("b/B1.txt"), cache);
    assertThat(walk(head, ALL, cache)).isEqualTo(walk(head, ALL, null));
  }

  @Test
  void aRememberedCommitIsNotDiffedAgain() throws Exception {
    Path cache = out.resolve("history.json.gz");
    ObjectId head = build(1, 14);
    walk(head, ALL, cache);
    CacheFiles.write(cache, CacheFiles.read(cache).replaceAll(",\\d+,(\\d+),null]", ",1000,$1,null]"));
    assertThat(walk(head, ALL, cache)).contains("renamed.txt commits=14 FileHistory[commits=14, authors=4,"
        + " linesAdded=14000");
  }

  @Test
  void aDamagedCacheIsIgnoredAndRewritten() throws Exception {
    Path cache = out.resolve("history.json.gz");
    ObjectId head = build(1, 14);
    Files.write(cache, new byte[] {1, 2, 3});
    assertThat(walk(head, ALL, cache)).isEqualTo(walk(head, ALL, null));
    CacheFiles.write(cache, "{\"fingerprint\":\"other build\",\"commits\":{}}");
    assertThat(walk(head, ALL, cache)).isEqualTo(walk(head, ALL, null));
    assertThat(CacheFiles.read(cache)).doesNotContain("other build");
  }

  /** Commits on days {@code from} to {@code to}: edits to a.txt and b/, a.txt renamed on day 13, b/B0 deleted on 14. */
  private ObjectId build(int from, int to) throws Exception {
    try (TestRepo repo = Files.isDirectory(dir.resolve(".git")) ? TestRepo.open(dir) : TestRepo.init(dir)) {
      ObjectId head = null;
      for (int day = from; day <= to; day++) {
        if (day == 13) {
          Files.move(dir.resolve("a.txt"), dir.resolve("renamed.txt"));
        } else if (day == 14) {
          Files.delete(dir.resolve("b/B0.txt"));
          repo.write("renamed.txt", lines(30));
        } else {
          repo.write("a.txt", lines(day)).write("b/B" + day % 3 + ".txt", lines(20 - day));
        }
        head = repo.commit("dev" + day % 4, day, "day " + day).copy();
      }
      return head;
    }
  }

  private String walk(ObjectId head, Set<String> wanted, Path cache) throws Exception {
    try (TestRepo repo = TestRepo.open(dir)) {
      Map<String, FileChanges> changes = new HistoryWalk(repo.git.getRepository(), "", wanted, 2, cache)
          .withMinSegment(1).walk(head, TestRepo.T0);
      StringBuilder dump = new StringBuilder();
      new TreeMap<>(changes).forEach((path, c) -> dump.append(path).append(" commits=").append(c.touches().size())
          .append(' ').append(c.toHistory()).append(' ').append(c.touches()).append('\n'));
      return dump.toString();
    }
  }
}
