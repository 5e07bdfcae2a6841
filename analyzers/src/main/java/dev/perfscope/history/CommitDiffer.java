package dev.perfscope.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * What one commit changed against its parent, with rename detection only when files came and went, and the
 * lines counted for the paths whose history is wanted. Commits are independent of each other here (following
 * renames is done later, in order), so differs on several threads can share a walk; each has its own readers:
 * one for trees, one for blobs, since JGit's delta base cache is per reader and small (1,024 slots), and blobs
 * read between two trees would push out the bases the next tree needs.
 */
final class CommitDiffer implements AutoCloseable {
  private final ObjectReader reader;
  private final ObjectReader blobReader;
  private final TreeWalk trees;
  private final RenameDetector renameDetector;
  private final LineCounter lines;
  private final Set<String> wanted;

  CommitDiffer(Repository repository, TreeFilter filter, Set<String> wanted) {
    this.reader = new TreeCachingReader(repository.newObjectReader());
    this.trees = new TreeWalk(reader);
    this.renameDetector = new RenameDetector(repository);
    this.blobReader = repository.newObjectReader();
    this.lines = new LineCounter(blobReader);
    this.wanted = wanted;
    trees.setRecursive(true);
    trees.setFilter(filter.clone());
  }

  /** The commit's changes, in tree order; lines are counted for the ones whose path is wanted. */
  List<Change> changes(WindowCommits.Commit commit) throws IOException {
    List<Change> changes = new ArrayList<>();
    for (DiffEntry entry : entries(commit)) {
      Change change = Change.of(entry);
      changes.add(wanted.contains(change.path()) ? change.counted(lines.count(change)) : change);
    }
    return changes;
  }

  /** The change's lines, counted now if they were not yet. */
  LineCounter.Lines count(Change change) throws IOException {
    return lines.count(change);
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
    blobReader.close();
  }
}
