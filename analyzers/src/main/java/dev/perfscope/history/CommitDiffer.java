package dev.perfscope.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * What one commit changed against its parent, with rename detection only when files came and went; lines are
 * counted later, file by file ({@link LinesByFile}). Commits are independent of each other here (following
 * renames is done later, in order), so differs on several threads can share a walk; each has its own reader.
 */
final class CommitDiffer implements ParallelSegments.Worker<WindowCommits.Commit, List<Change>> {
  private final ObjectReader reader;
  private final TreeWalk trees;
  private final RenameDetector renameDetector;

  CommitDiffer(Repository repository, TreeFilter filter) {
    this.reader = new TreeCachingReader(repository.newObjectReader());
    this.trees = new TreeWalk(reader);
    this.renameDetector = new RenameDetector(repository);
    trees.setRecursive(true);
    trees.setFilter(filter.clone());
  }

  /** The commit's changes, in tree order, their lines not counted yet. */
  @Override
  public List<Change> apply(WindowCommits.Commit commit) throws IOException {
    List<Change> changes = new ArrayList<>();
    for (DiffEntry entry : entries(commit)) {
      changes.add(Change.of(entry));
    }
    return changes;
  }

  private List<DiffEntry> entries(WindowCommits.Commit commit) throws IOException {
    trees.reset();
    if (commit.parentTree() == null) {
      trees.addTree(new EmptyTreeIterator());
    } else {
      trees.addTree(commit.parentTree());
    }
    trees.addTree(commit.tree());
    List<DiffEntry> entries = DiffEntry.scan(trees);
    boolean added = entries.stream().anyMatch(e -> e.getChangeType() == DiffEntry.ChangeType.ADD);
    boolean deleted = entries.stream().anyMatch(e -> e.getChangeType() == DiffEntry.ChangeType.DELETE);
    return added && deleted ? withRenames(entries) : entries;
  }

  private List<DiffEntry> withRenames(List<DiffEntry> entries) throws IOException {
    renameDetector.reset();
    renameDetector.addAll(entries);
    try {
      return renameDetector.compute(reader, NullProgressMonitor.INSTANCE);
    } catch (CanceledException e) {
      throw new IOException(e); // cannot happen: nothing cancels a NullProgressMonitor
    }
  }

  @Override
  public void close() {
    trees.close();
    reader.close();
  }
}
