package dev.perfscope.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.TreeFormatter;

/**
 * Builds a synthetic repository with JGit alone: {@code files} Java classes in 20 packages (each with
 * {@code methods} methods on average), then
 * {@code commits} commits (seeded, so always the same) each editing one to three classes, by 25 authors over
 * {@code spanDays} days, with a rename every 250 commits. Objects are inserted directly (no index, no {@code git}), only
 * the changed package's tree is rebuilt per commit; the repository is then packed by JGit's gc and the last
 * tree written to the work tree.
 */
final class SyntheticRepo {
  private static final int AUTHORS = 25;
  private static final int PACKAGES = 20;
  private static final String BASE = "src/main/java/bench";
  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  private final Random random = new Random(42);
  /** Per package, file name to lines; and per package, file name to blob id of the current content. */
  private final Map<String, TreeMap<String, List<String>>> packages = new TreeMap<>();
  private final Map<String, TreeMap<String, ObjectId>> blobs = new HashMap<>();
  private final Map<String, ObjectId> packageTrees = new TreeMap<>();

  private final int methods;
  private final int spanDays;

  private SyntheticRepo(int methods, int spanDays) {
    this.methods = methods;
    this.spanDays = spanDays;
  }

  /**
   * {@code methods}: how many six-line methods a class starts with, on average; {@code spanDays}: the days
   * between the first and the last commit.
   */
  static void build(Path dir, int fileCount, int commits, int methods, int spanDays) throws Exception {
    new SyntheticRepo(methods, spanDays).create(dir, fileCount, commits);
  }

  private void create(Path dir, int fileCount, int commits) throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        ObjectInserter inserter = git.getRepository().newObjectInserter()) {
      for (int i = 0; i < fileCount; i++) {
        packages.computeIfAbsent("p" + i % PACKAGES, p -> new TreeMap<>()).put("Type" + i + ".java", initial(i));
      }
      ObjectId head = null;
      for (int c = 0; c < commits; c++) {
        List<String> changed = c == 0 ? new ArrayList<>(packages.keySet()) : change(c);
        head = commit(inserter, head, c, commits, changed);
      }
      inserter.flush();
      RefUpdate update = git.getRepository().updateRef("refs/heads/main");
      update.setNewObjectId(head);
      update.forceUpdate();
      git.gc().call();
      checkout(dir);
    }
  }

  private List<String> initial(int i) {
    List<String> lines = new ArrayList<>(List.of("package bench.p" + i % PACKAGES + ";", "", "class Type" + i + " {", "}"));
    for (int m = 0; m < methods / 2 + random.nextInt(methods + 1); m++) {
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

  /** Edits one to three files, or renames one; returns the packages touched. */
  private List<String> change(int c) {
    List<String> touched = new ArrayList<>();
    int edits = c % 250 == 0 ? 1 : 1 + random.nextInt(3);
    for (int n = 0; n < edits; n++) {
      String pkg = "p" + random.nextInt(PACKAGES);
      TreeMap<String, List<String>> files = packages.get(pkg);
      List<String> names = new ArrayList<>(files.keySet());
      String name = names.get(random.nextInt(names.size()));
      blobs.get(pkg).remove(name);
      if (c % 250 == 0) {
        files.put(name.replace(".java", "R" + c + ".java"), files.remove(name));
      } else if (random.nextInt(5) == 0) {
        addMethod(files.get(name), c);
      } else {
        editStatement(files.get(name), c);
      }
      touched.add(pkg);
    }
    return touched;
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
      lines.set(statements.get(random.nextInt(statements.size())), "      x += " + random.nextInt(1_000) + "; // edit " + c);
    }
  }

  private ObjectId commit(ObjectInserter inserter, ObjectId parent, int c, int commits, List<String> changed)
      throws IOException {
    for (String pkg : changed) {
      packageTrees.put(pkg, packageTree(inserter, pkg));
    }
    TreeFormatter bench = new TreeFormatter();
    packageTrees.forEach((pkg, id) -> bench.append(pkg, FileMode.TREE, id));
    ObjectId tree = inserter.insert(bench);
    String[] parts = BASE.split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      TreeFormatter up = new TreeFormatter();
      up.append(parts[i], FileMode.TREE, tree);
      tree = inserter.insert(up);
    }
    PersonIdent author = new PersonIdent("Dev " + c % AUTHORS, "dev" + c % AUTHORS + "@example.com",
        START.plusSeconds(c * ((long) spanDays * 86_400 / commits)), ZoneOffset.UTC);
    CommitBuilder commit = new CommitBuilder();
    commit.setTreeId(tree);
    if (parent != null) {
      commit.setParentId(parent);
    }
    commit.setAuthor(author);
    commit.setCommitter(author);
    commit.setMessage("change " + c);
    return inserter.insert(commit);
  }

  private ObjectId packageTree(ObjectInserter inserter, String pkg) throws IOException {
    TreeMap<String, ObjectId> ids = blobs.computeIfAbsent(pkg, p -> new TreeMap<>());
    TreeFormatter tree = new TreeFormatter();
    for (Map.Entry<String, List<String>> file : packages.get(pkg).entrySet()) {
      ObjectId blob = ids.get(file.getKey());
      if (blob == null) {
        blob = inserter.insert(Constants.OBJ_BLOB, text(file.getValue()));
        ids.put(file.getKey(), blob);
      }
      tree.append(file.getKey(), FileMode.REGULAR_FILE, blob);
    }
    return inserter.insert(tree);
  }

  private static byte[] text(List<String> lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private void checkout(Path dir) throws IOException {
    for (Map.Entry<String, TreeMap<String, List<String>>> pkg : packages.entrySet()) {
      Path folder = Files.createDirectories(dir.resolve(BASE).resolve(pkg.getKey()));
      for (Map.Entry<String, List<String>> file : pkg.getValue().entrySet()) {
        Files.write(folder.resolve(file.getKey()), text(file.getValue()));
      }
    }
  }
}
