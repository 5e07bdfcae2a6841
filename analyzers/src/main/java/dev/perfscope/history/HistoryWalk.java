package dev.perfscope.history;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.CommitTimeRevFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * One walk over the commits of the window, newest first, diffing each commit against its parent with rename
 * detection. Only the files we were asked about get their lines counted; merges are skipped (their changes
 * are counted in the commits they merge), and so is the cut-off commit of a shallow clone, which makes the
 * history partial.
 */
final class HistoryWalk {
  private final Repository repository;
  private final Set<String> wanted;
  private final RenameTracker renames = new RenameTracker();
  private final Map<String, FileChanges> changes = new HashMap<>();
  private boolean partial;

  /** {@code wanted}: paths relative to the work tree, as they are at HEAD. */
  HistoryWalk(Repository repository, Set<String> wanted) {
    this.repository = repository;
    this.wanted = wanted;
  }

  /** The changes per path (today's name) of commits reachable from {@code head} and committed at or after {@code since}. */
  Map<String, FileChanges> walk(ObjectId head, Instant since) throws IOException {
    Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
    try (RevWalk walk = new RevWalk(repository);
        DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
      diff.setRepository(repository);
      diff.setDiffComparator(RawTextComparator.DEFAULT);
      diff.setDetectRenames(true);
      walk.sort(RevSort.COMMIT_TIME_DESC);
      walk.setRevFilter(CommitTimeRevFilter.after(since));
      walk.markStart(walk.parseCommit(head));
      for (RevCommit commit : walk) {
        if (shallow.contains(commit)) {
          partial = true;
        } else if (commit.getParentCount() <= 1) {
          visit(commit, diff);
        }
      }
    }
    return changes;
  }

  /** Whether a shallow clone cut the walk short. */
  boolean partial() {
    return partial;
  }

  private void visit(RevCommit commit, DiffFormatter diff) throws IOException {
    ObjectId parent = commit.getParentCount() == 0 ? null : commit.getParent(0);
    List<DiffEntry> entries = diff.scan(parent == null ? null : parent.toObjectId(), commit.getTree());
    PersonIdent author = commit.getAuthorIdent();
    for (DiffEntry entry : entries) {
      boolean deleted = entry.getChangeType() == DiffEntry.ChangeType.DELETE;
      String pathThen = deleted ? entry.getOldPath() : entry.getNewPath();
      String today = renames.current(pathThen);
      if (entry.getChangeType() == DiffEntry.ChangeType.RENAME) {
        renames.renamed(entry.getOldPath(), today);
      }
      if (wanted.contains(today)) {
        count(diff, entry, new FileChanges.Touch(commit.copy(), pathThen, author.getWhenAsInstant()),
            changes.computeIfAbsent(today, p -> new FileChanges()), identity(author));
      }
    }
  }

  private static void count(DiffFormatter diff, DiffEntry entry, FileChanges.Touch touch, FileChanges file,
      String author) throws IOException {
    int added = 0;
    int removed = 0;
    for (Edit edit : diff.toFileHeader(entry).toEditList()) {
      added += edit.getLengthB();
      removed += edit.getLengthA();
    }
    file.record(touch, author, added, removed);
  }

  /** Authors are told apart by e-mail, ignoring case; by name when there is no e-mail. */
  private static String identity(PersonIdent author) {
    String email = author.getEmailAddress();
    return email == null || email.isBlank() ? author.getName() : email.toLowerCase(Locale.ROOT);
  }
}
