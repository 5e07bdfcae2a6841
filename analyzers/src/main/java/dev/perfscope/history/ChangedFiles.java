package dev.perfscope.history;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The files changed since the merge base of HEAD and a ref: committed on this branch since then (renamed
 * files under their new name), plus what the work tree adds, changes or leaves untracked. Deleted files are
 * not listed: there is nothing left to analyze.
 */
record ChangedFiles(String ref, ObjectId mergeBase, Set<String> paths) {

  static ChangedFiles since(Repository repository, String ref) throws IOException {
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit base = mergeBase(repository, walk, ref);
      Set<String> paths = new TreeSet<>(committed(repository, base, walk.parseCommit(head(repository, ref))));
      paths.addAll(workTree(repository));
      return new ChangedFiles(ref, base.copy(), paths);
    }
  }

  private static RevCommit mergeBase(Repository repository, RevWalk walk, String ref) throws IOException {
    ObjectId target;
    try {
      target = repository.resolve(ref + "^{commit}");
    } catch (RevisionSyntaxException e) {
      throw new UnknownRefException(ref, "not a valid revision");
    }
    if (target == null) {
      throw new UnknownRefException(ref, "no such ref or commit in " + repository.getWorkTree());
    }
    walk.setRevFilter(RevFilter.MERGE_BASE);
    walk.markStart(walk.parseCommit(head(repository, ref)));
    walk.markStart(walk.parseCommit(target));
    RevCommit base = walk.next();
    if (base == null) {
      throw new UnknownRefException(ref, "it shares no history with HEAD");
    }
    walk.reset();
    walk.setRevFilter(RevFilter.ALL);
    return walk.parseCommit(base);
  }

  private static ObjectId head(Repository repository, String ref) throws IOException {
    ObjectId head = repository.resolve("HEAD^{commit}");
    if (head == null) {
      throw new UnknownRefException(ref, "HEAD has no commit yet");
    }
    return head;
  }

  private static Set<String> committed(Repository repository, RevCommit base, RevCommit head) throws IOException {
    Set<String> paths = new TreeSet<>();
    try (DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
      diff.setRepository(repository);
      diff.setDetectRenames(true);
      for (DiffEntry entry : diff.scan(base.getTree(), head.getTree())) {
        if (entry.getChangeType() != DiffEntry.ChangeType.DELETE) {
          paths.add(entry.getNewPath());
        }
      }
    }
    return paths;
  }

  private static Set<String> workTree(Repository repository) throws IOException {
    try {
      Status status = Git.wrap(repository).status().call();
      Set<String> paths = new TreeSet<>(status.getAdded());
      paths.addAll(status.getChanged());
      paths.addAll(status.getModified());
      paths.addAll(status.getUntracked());
      paths.addAll(status.getConflicting());
      return paths;
    } catch (GitAPIException e) {
      throw new IOException("Cannot read the work tree status: " + e.getMessage(), e);
    }
  }
}
