package dev.perfscope.history;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.CommitTimeRevFilter;

/**
 * The commits of the window whose changes count, newest first: listing them is cheap, diffing them is not, so
 * the list comes first and the diffs can be spread over threads. Merges are left out (their changes are
 * counted in the commits they merge), and so is the cut-off commit of a shallow clone, which makes the
 * history partial.
 */
record WindowCommits(List<Commit> commits, boolean partial) {

  /** One commit: its tree, its first parent's tree (null for a root commit), its author and date. */
  record Commit(ObjectId id, ObjectId tree, ObjectId parentTree, String author, Instant when) {}

  /** The commits reachable from {@code head} and committed at or after {@code since}. */
  static WindowCommits read(Repository repository, ObjectId head, Instant since) throws IOException {
    Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
    List<Commit> commits = new ArrayList<>();
    boolean partial = false;
    try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
      walk.sort(RevSort.COMMIT_TIME_DESC);
      walk.setRevFilter(CommitTimeRevFilter.after(since));
      walk.markStart(walk.parseCommit(head));
      for (RevCommit commit : walk) {
        partial |= shallow.contains(commit);
        if (!shallow.contains(commit) && commit.getParentCount() <= 1) {
          commits.add(of(commit));
        }
      }
    }
    return new WindowCommits(List.copyOf(commits), partial);
  }

  private static Commit of(RevCommit commit) {
    PersonIdent author = commit.getAuthorIdent();
    ObjectId parentTree = commit.getParentCount() == 0 ? null : commit.getParent(0).getTree().copy();
    return new Commit(commit.copy(), commit.getTree().copy(), parentTree, identity(author),
        author.getWhenAsInstant());
  }

  /** Authors are told apart by e-mail, ignoring case; by name when there is no e-mail. */
  private static String identity(PersonIdent author) {
    String email = author.getEmailAddress();
    return email == null || email.isBlank() ? author.getName() : email.toLowerCase(Locale.ROOT);
  }
}
