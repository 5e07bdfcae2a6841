package dev.perfscope.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.lang.registry.Languages;
import dev.perfscope.sources.SourceWalker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which members each commit changed: edits mapped to the members' line spans, on both sides of the diff. */
class MemberChangesTest {
  @TempDir Path dir;

  private static String module(String parseBody, String renderBody, boolean withHelper) {
    return "def parse(text):\n    " + parseBody + "\n\n\n"
        + "def render(tree):\n    " + renderBody + "\n\n\n"
        + (withHelper ? "def helper():\n    return 1\n\n\n" : "")
        + "class Cache:\n    def get(self, key):\n        return key\n";
  }

  @Test
  void eachCommitNamesTheMembersItChangedAddedOrRemoved() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("m.py", module("return text", "return tree", true)).commit("alice", 1, "add the module");
      repo.write("m.py", module("return text.strip()", "return str(tree)", true)).commit("bob", 2, "both");
      repo.write("m.py", module("return text.strip()", "return str(tree)", false)).commit("bob", 3, "drop helper");
      repo.write("m.py", module("return text.strip()", "return repr(tree)", false)
          .replace("return key", "return key * 2")).commit("alice", 4, "render and cache");
      repo.write("other.py", "x = 1\n").commit("carol", 5, "unrelated");
    }
    Map<String, List<List<String>>> changed;
    try (ProjectHistory history = ProjectHistory.open(dir, new HistorySettings(true, 365, null),
        new ProjectHistory.Reading(1, null))) {
      history.start(new SourceWalker(dir, List.of(), List.of()).find(List.of(dir)).files());
      changed = history.memberChanges(List.of("m.py", "other.py"), Languages.standard(), StandardCharsets.UTF_8);
    }
    // newest first; the commit that added the file names nothing (every member is new)
    assertThat(changed.get("m.py")).containsExactly(
        List.of("Cache", "render"), List.of("helper"), List.of("parse", "render"));
  }
}
