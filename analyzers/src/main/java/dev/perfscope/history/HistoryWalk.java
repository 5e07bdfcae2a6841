package dev.perfscope.history;

import dev.perfscope.cache.ContentHash;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * One walk over the commits of the window, newest first: the commits are listed, diffed against their parents
 * (on several threads: {@link ParallelDiffs}) unless an earlier run remembered their changes
 * ({@link HistoryCache}), then, in order, renames are followed back to today's names and the changes to the
 * files we were asked about are recorded.
 */
final class HistoryWalk {
  private final Repository repository;
  private final Set<String> wanted;
  private final TreeFilter filter;
  private final int threads;
  private final HistoryCache cache;
  private int minSegment = ParallelDiffs.MIN_SEGMENT;
  private final RenameTracker renames = new RenameTracker();
  private final Map<String, FileChanges> changes = new HashMap<>();
  private boolean partial;

  /**
   * {@code wanted}: paths relative to the work tree, as they are at HEAD; {@code folder}: the analyzed
   * folder relative to the work tree, empty for the work tree itself; {@code threads}: how many threads diff;
   * {@code cacheFile}: where each commit's changes are kept between runs, null for nowhere.
   */
  HistoryWalk(Repository repository, String folder, Set<String> wanted, int threads, Path cacheFile) {
    this.repository = repository;
    this.wanted = wanted;
    this.filter = filter(folder, wanted);
    this.threads = threads;
    this.cache = HistoryCache.load(cacheFile, fingerprint());
  }

  /** This walk, giving each thread at least {@code commits} commits (tests split small histories). */
  HistoryWalk withMinSegment(int commits) {
    minSegment = commits;
    return this;
  }

  /** The changes per path (today's name) of commits reachable from {@code head} and committed at or after {@code since}. */
  Map<String, FileChanges> walk(ObjectId head, Instant since) throws IOException {
    WindowCommits window = WindowCommits.read(repository, head, since);
    partial = window.partial();
    List<List<Change>> diffs = diffs(window.commits());
    try (CommitDiffer late = differ()) {
      for (int i = 0; i < diffs.size(); i++) {
        WindowCommits.Commit commit = window.commits().get(i);
        cache.put(commit.id(), visit(commit, diffs.get(i), late));
      }
    }
    cache.save();
    return changes;
  }

  /** Each commit's changes: remembered from an earlier run, or diffed now (all the others together). */
  private List<List<Change>> diffs(List<WindowCommits.Commit> commits) throws IOException {
    List<List<Change>> known = commits.stream().map(c -> cache.get(c.id())).toList();
    List<WindowCommits.Commit> unknown = new ArrayList<>();
    for (int i = 0; i < commits.size(); i++) {
      if (known.get(i) == null) {
        unknown.add(commits.get(i));
      }
    }
    Iterator<List<Change>> diffed = new ParallelDiffs(threads, minSegment, this::differ).diff(unknown).iterator();
    List<List<Change>> diffs = new ArrayList<>(commits.size());
    for (List<Change> changes : known) {
      diffs.add(changes == null ? diffed.next() : changes);
    }
    return diffs;
  }

  /** What the remembered changes depend on besides the commit: this build, what is diffed, rename detection. */
  private String fingerprint() {
    return ContentHash.build() + "|" + filter + "|" + new RenameDetector(repository).getRenameLimit();
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

  private CommitDiffer differ() {
    return new CommitDiffer(repository, filter, wanted);
  }

  /**
   * Records the commit's changes under today's names, and returns them with the lines counted that were
   * needed: a change whose path was not wanted when diffed (a file renamed since) is counted by {@code late}.
   */
  private List<Change> visit(WindowCommits.Commit commit, List<Change> diff, CommitDiffer late) throws IOException {
    List<Change> visited = new ArrayList<>(diff.size());
    for (Change change : diff) {
      String today = renames.current(change.path());
      if (change.type() == DiffEntry.ChangeType.RENAME) {
        renames.renamed(change.oldPath(), today);
      }
      if (wanted.contains(today)) {
        change = change.counted(late.count(change));
        changes.computeIfAbsent(today, p -> new FileChanges()).record(
            new FileChanges.Touch(commit.id(), change.path(), commit.when()), commit.author(),
            change.lines().added(), change.lines().removed());
      }
      visited.add(change);
    }
    return visited;
  }
}
