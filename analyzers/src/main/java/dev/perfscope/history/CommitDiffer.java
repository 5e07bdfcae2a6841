package dev.perfscope.history;

import java.io.IOException;
import java.util.List;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * What one commit changed against its parent ({@link TreeDiff}); when it both added and deleted files, JGit's
 * diff and rename detection instead. Lines are counted later, file by file ({@link LinesByFile}). Commits are
 * independent of each other here (following renames is done later, in order), so differs on several threads can
 * share a walk; each has its own reader.
 */
final class CommitDiffer implements ParallelSegments.Worker<WindowCommits.Commit, List<Change>> {
  private final ObjectReader reader;
  private final TreeDiff diff;
  private final TreeWalk trees;
  private final RenameDetector renameDetector;

  /** {@code folder}: only changes in it (relative to the work tree) are looked at; empty for all. */
  CommitDiffer(Repository repository, String folder) {
    this.reader = new TreeCachingReader(repository.newObjectReader());
    this.diff = new TreeDiff(reader, folder);
    this.trees = new TreeWalk(reader);
    this.renameDetector = new RenameDetector(repository);
    trees.setRecursive(true);
    trees.setFilter(folder.isEmpty() ? TreeFilter.ANY_DIFF
        : AndTreeFilter.create(PathFilter.create(folder), TreeFilter.ANY_DIFF));
  }

  /** The commit's changes, in tree order, their lines not counted yet. */
  @Override
  public List<Change> apply(WindowCommits.Commit commit) throws IOException {
    List<Change> changes = diff.changes(commit.parentTree(), commit.tree());
    boolean added = changes.stream().anyMatch(c -> c.type() == DiffEntry.ChangeType.ADD);
    boolean deleted = changes.stream().anyMatch(c -> c.type() == DiffEntry.ChangeType.DELETE);
    return added && deleted ? withRenames(commit) : changes;
  }

  private List<Change> withRenames(WindowCommits.Commit commit) throws IOException {
    trees.reset();
    if (commit.parentTree() == null) {
      trees.addTree(new EmptyTreeIterator());
    } else {
      trees.addTree(commit.parentTree());
    }
    trees.addTree(commit.tree());
    renameDetector.reset();
    renameDetector.addAll(DiffEntry.scan(trees));
    try {
      return renameDetector.compute(reader, NullProgressMonitor.INSTANCE).stream().map(Change::of).toList();
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
