package dev.perfscope.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TreeDiff} gives what JGit's {@code DiffEntry.scan} over a recursive {@code TreeWalk} gives, on random
 * pairs of trees with names that sort around '/', files that become folders, mode and type changes,
 * symbolic and submodule links, with and without a folder to look in.
 */
class TreeDiffTest {
  private static final String[] NAMES = {"a", "a-b", "a.b", "a0", "ab", "b"};
  private static final String[] FOLDERS = {"", "a", "a-b", "a/a", "ab/a0", "b/a/a"};
  private static final int[] MODES = {0100644, 0100644, 0100755, 0120000, 0160000};

  @TempDir Path dir;
  private final Random random = new Random(7);

  @Test
  void givesWhatJGitsTreeWalkGives() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).call(); ObjectInserter inserter =
        git.getRepository().newObjectInserter(); ObjectReader reader = git.getRepository().newObjectReader()) {
      for (int pair = 0; pair < 300; pair++) {
        TreeMap<String, Object> before = tree(3);
        ObjectId oldTree = pair % 25 == 0 ? null : write(inserter, before);
        ObjectId newTree = write(inserter, mutate(before, 3));
        inserter.flush();
        for (String folder : FOLDERS) {
          assertThat(new TreeDiff(reader, folder).changes(oldTree, newTree))
              .as("pair %d in '%s'", pair, folder).isEqualTo(jgit(git.getRepository(), oldTree, newTree, folder));
        }
      }
    }
  }

  private static List<Change> jgit(Repository repository, ObjectId oldTree, ObjectId newTree, String folder)
      throws Exception {
    try (TreeWalk walk = new TreeWalk(repository)) {
      walk.setRecursive(true);
      walk.setFilter(folder.isEmpty() ? TreeFilter.ANY_DIFF
          : AndTreeFilter.create(PathFilter.create(folder), TreeFilter.ANY_DIFF));
      if (oldTree == null) {
        walk.addTree(new EmptyTreeIterator());
      } else {
        walk.addTree(oldTree);
      }
      walk.addTree(newTree);
      return DiffEntry.scan(walk).stream().map(Change::of).toList();
    }
  }

  /** A random tree: name to file (its mode and content, as an int array) or to a subtree. */
  private TreeMap<String, Object> tree(int depth) {
    TreeMap<String, Object> tree = new TreeMap<>();
    for (String name : NAMES) {
      if (random.nextInt(3) > 0) {
        tree.put(name, node(depth));
      }
    }
    return tree;
  }

  private Object node(int depth) {
    return depth > 0 && random.nextInt(3) == 0 ? tree(depth - 1)
        : new int[] {MODES[random.nextInt(MODES.length)], random.nextInt(3)};
  }

  /** A copy with some entries changed, removed, added, or turned from file to folder or back. */
  @SuppressWarnings("unchecked")
  private TreeMap<String, Object> mutate(TreeMap<String, Object> tree, int depth) {
    TreeMap<String, Object> copy = new TreeMap<>(tree);
    for (String name : NAMES) {
      Object node = copy.get(name);
      int dice = random.nextInt(6);
      if (dice == 0) {
        copy.remove(name);
      } else if (dice == 1 || node == null && dice == 2) {
        copy.put(name, node(depth));
      } else if (node instanceof TreeMap<?, ?> subtree && depth > 0) {
        copy.put(name, mutate((TreeMap<String, Object>) subtree, depth - 1));
      }
    }
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static ObjectId write(ObjectInserter inserter, TreeMap<String, Object> tree) throws Exception {
    TreeMap<String, Object> sorted = new TreeMap<>(TreeDiffTest::gitOrder);
    tree.forEach((name, node) -> sorted.put(node instanceof TreeMap ? name + "/" : name, node));
    TreeFormatter formatter = new TreeFormatter();
    for (var entry : sorted.entrySet()) {
      String name = entry.getKey().replace("/", "");
      if (entry.getValue() instanceof TreeMap<?, ?> subtree) {
        if (!subtree.isEmpty()) {
          formatter.append(name, FileMode.TREE, write(inserter, (TreeMap<String, Object>) subtree));
        }
      } else {
        int[] file = (int[]) entry.getValue();
        ObjectId blob = inserter.insert(Constants.OBJ_BLOB, ("content " + file[1]).getBytes(StandardCharsets.UTF_8));
        formatter.append(name, FileMode.fromBits(file[0]), blob);
      }
    }
    return inserter.insert(formatter);
  }

  /** Git's order: a folder's name compares as if it ended in '/'. */
  private static int gitOrder(String a, String b) {
    return new String(a.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1).compareTo(
        new String(b.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
  }
}
