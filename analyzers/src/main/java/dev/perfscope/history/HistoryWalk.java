package dev.perfscope.history;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.CommitTimeRevFilter;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * One walk over the commits of the window, newest first, diffing each commit's tree against its parent's,
 * with rename detection when a commit both adds and deletes files. Only the files we were asked about get their lines counted; merges are skipped (their changes
 * are counted in the commits they merge), and so is the cut-off commit of a shallow clone, which makes the
 * history partial.
 */
final class HistoryWalk {
  private final Repository repository;
  private final String folder;
  private final Set<String> wanted;
  private final RenameTracker renames = new RenameTracker();
  private final RenameDetector renameDetector;
  private final Map<String, FileChanges> changes = new HashMap<>();
  private boolean partial;

  /**
   * {@code wanted}: paths relative to the work tree, as they are at HEAD; {@code folder}: the analyzed
   * folder relative to the work tree, empty for the work tree itself.
   */
  HistoryWalk(Repository repository, String folder, Set<String> wanted) {
    this.repository = repository;
    this.folder = folder;
    this.wanted = wanted;
    this.renameDetector = new RenameDetector(repository);
  }

  /** The changes per path (today's name) of commits reachable from {@code head} and committed at or after {@code since}. */
  Map<String, FileChanges> walk(ObjectId head, Instant since) throws IOException {
    Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
    try (ObjectReader reader = new TreeCachingReader(repository.newObjectReader());
        RevWalk walk = new RevWalk(reader);
        TreeWalk trees = new TreeWalk(reader)) {
      trees.setRecursive(true);
      trees.setFilter(filter(folder, wanted));
      walk.sort(RevSort.COMMIT_TIME_DESC);
      walk.setRevFilter(CommitTimeRevFilter.after(since));
      walk.markStart(walk.parseCommit(head));
      LineCounter lines = new LineCounter(reader);
      for (RevCommit commit : walk) {
        if (shallow.contains(commit)) {
          partial = true;
        } else if (commit.getParentCount() <= 1) {
          visit(commit, entries(trees, commit, reader), lines);
        }
      }
    }
    return changes;
  }

  /**
   * Only differences under {@code folder} (the analyzed module's folder, relative to the work tree) are
   * looked at when every wanted file lies in it: a module of a multi-module build walks its own folder, not
   * the whole repository. A file moved in from outside that folder starts its history at the move.
   */
  static TreeFilter filter(String folder, Set<String> paths) {
    boolean narrow = !folder.isEmpty() && paths.stream().allMatch(p -> p.startsWith(folder + "/"));
    return narrow ? AndTreeFilter.create(PathFilter.create(folder), TreeFilter.ANY_DIFF) : TreeFilter.ANY_DIFF;
  }

  /** Whether a shallow clone cut the walk short. */
  boolean partial() {
    return partial;
  }

  /** What the commit changed against its parent; renames are looked for only when files came and went. */
  private List<DiffEntry> entries(TreeWalk trees, RevCommit commit, ObjectReader reader) throws IOException {
    trees.reset();
    if (commit.getParentCount() == 0) {
      trees.addTree(new EmptyTreeIterator());
    } else {
      trees.addTree(commit.getParent(0).getTree());
    }
    trees.addTree(commit.getTree());
    List<DiffEntry> entries = DiffEntry.scan(trees);
    boolean added = entries.stream().anyMatch(e -> e.getChangeType() == DiffEntry.ChangeType.ADD);
    boolean deleted = entries.stream().anyMatch(e -> e.getChangeType() == DiffEntry.ChangeType.DELETE);
    if (!added || !deleted) {
      return entries;
    }
    renameDetector.reset();
    renameDetector.addAll(entries);
    try {
      return renameDetector.compute(reader, NullProgressMonitor.INSTANCE);
    } catch (CanceledException e) {
      throw new IOException(e); // cannot happen: nothing cancels a NullProgressMonitor
    }
  }

  private void visit(RevCommit commit, List<DiffEntry> entries, LineCounter lines) throws IOException {
    PersonIdent author = commit.getAuthorIdent();
    for (DiffEntry entry : entries) {
      boolean deleted = entry.getChangeType() == DiffEntry.ChangeType.DELETE;
      String pathThen = deleted ? entry.getOldPath() : entry.getNewPath();
      String today = renames.current(pathThen);
      if (entry.getChangeType() == DiffEntry.ChangeType.RENAME) {
        renames.renamed(entry.getOldPath(), today);
      }
      if (wanted.contains(today)) {
        LineCounter.Lines counted = lines.count(entry);
        changes.computeIfAbsent(today, p -> new FileChanges()).record(
            new FileChanges.Touch(commit.copy(), pathThen, author.getWhenAsInstant()), identity(author),
            counted.added(), counted.removed());
      }
    }
  }

  /** Authors are told apart by e-mail, ignoring case; by name when there is no e-mail. */
  private static String identity(PersonIdent author) {
    String email = author.getEmailAddress();
    return email == null || email.isBlank() ? author.getName() : email.toLowerCase(Locale.ROOT);
  }
}
