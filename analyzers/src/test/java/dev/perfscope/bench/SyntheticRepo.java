package dev.perfscope.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * Builds a synthetic repository with JGit alone: {@code files} Java classes, then {@code commits} commits
 * (seeded, so always the same) each editing one to three classes, by 25 authors over 300 days, with a
 * rename every 250 commits; the last tree is written to the work tree. Objects are inserted directly (no
 * index, no {@code git}), then packed.
 */
final class SyntheticRepo {
  private static final int AUTHORS = 25;
  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  private final Random random = new Random(42);
  private final Map<String, List<String>> files = new TreeMap<>();
  private final Map<String, ObjectId> blobs = new TreeMap<>();

  static void build(Path dir, int fileCount, int commits) throws Exception {
    new SyntheticRepo().create(dir, fileCount, commits);
  }

  private void create(Path dir, int fileCount, int commits) throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        ObjectInserter inserter = git.getRepository().newObjectInserter()) {
      for (int i = 0; i < fileCount; i++) {
        files.put(path(i), initial(i));
      }
      ObjectId parent = null;
      for (int c = 0; c < commits; c++) {
        if (c > 0) {
          change(c);
        }
        parent = commit(git.getRepository(), inserter, parent, c, commits);
      }
      git.gc().call();
      checkout(dir);
    }
  }

  private static String path(int i) {
    return "src/main/java/bench/p" + (i % 20) + "/Type" + i + ".java";
  }

  private List<String> initial(int i) {
    List<String> lines = new ArrayList<>(List.of("package bench.p" + (i % 20) + ";", "", "class Type" + i + " {", "}"));
    for (int m = 0; m < 4 + random.nextInt(6); m++) {
      addMethod(lines, m);
    }
    return lines;
  }

  /** A method with one decision, inserted before the class's closing brace. */
  private void addMethod(List<String> lines, int m) {
    lines.addAll(lines.size() - 1, List.of("  int m" + m + "_" + random.nextInt(1_000) + "(int x) {",
        "    if (x > " + random.nextInt(100) + ") {", "      x += " + random.nextInt(9) + ";", "    }",
        "    return x;", "  }"));
  }

  private void change(int c) {
    List<String> paths = new ArrayList<>(files.keySet());
    if (c % 250 == 0) {
      String from = paths.get(random.nextInt(paths.size()));
      files.put(from.replace(".java", "R" + c + ".java"), files.remove(from));
      blobs.remove(from);
      return;
    }
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      String path = paths.get(random.nextInt(paths.size()));
      List<String> lines = files.get(path);
      blobs.remove(path);
      if (random.nextInt(5) == 0) {
        addMethod(lines, c);
      } else {
        editStatement(lines, c);
      }
    }
  }

  /** Rewrites one statement line, so the code stays valid Java. */
  private void editStatement(List<String> lines, int c) {
    List<Integer> statements = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("      x ")) {
        statements.add(i);
      }
    }
    if (!statements.isEmpty()) {
      int line = statements.get(random.nextInt(statements.size()));
      lines.set(line, "      x += " + random.nextInt(1_000) + "; // edit " + c);
    }
  }

  private ObjectId commit(Repository repository, ObjectInserter inserter, ObjectId parent, int c, int commits)
      throws IOException {
    DirCache index = DirCache.newInCore();
    DirCacheBuilder builder = index.builder();
    for (Map.Entry<String, List<String>> file : files.entrySet()) {
      DirCacheEntry entry = new DirCacheEntry(file.getKey());
      entry.setFileMode(FileMode.REGULAR_FILE);
      ObjectId blob = blobs.get(file.getKey());
      if (blob == null) {
        blob = inserter.insert(Constants.OBJ_BLOB, text(file.getValue()));
        blobs.put(file.getKey(), blob);
      }
      entry.setObjectId(blob);
      builder.add(entry);
    }
    builder.finish();
    PersonIdent author = new PersonIdent("Dev " + c % AUTHORS, "dev" + c % AUTHORS + "@example.com",
        START.plusSeconds(c * (300L * 86_400 / commits)), ZoneOffset.UTC);
    CommitBuilder commit = new CommitBuilder();
    commit.setTreeId(index.writeTree(inserter));
    if (parent != null) {
      commit.setParentId(parent);
    }
    commit.setAuthor(author);
    commit.setCommitter(author);
    commit.setMessage("change " + c);
    ObjectId id = inserter.insert(commit);
    inserter.flush();
    RefUpdate update = repository.updateRef("refs/heads/main");
    update.setNewObjectId(id);
    update.forceUpdate();
    return id;
  }

  private static byte[] text(List<String> lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private void checkout(Path dir) throws IOException {
    for (Map.Entry<String, List<String>> file : files.entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, text(file.getValue()));
    }
  }
}
