package dev.perfscope.history;

import dev.perfscope.infra.ContentHash;
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

/**
 * One walk over the commits of the window, newest first: the commits are listed, diffed against their parents
 * (on several threads: {@link ParallelSegments}) unless an earlier run remembered their changes
 * ({@link HistoryCache}); then, in order, renames are followed back to today's names; the lines of the changes
 * to the files we were asked about are counted file by file ({@link LinesByFile}) and the changes recorded.
 */
final class HistoryWalk {
  private final Repository repository;
  private final Set<String> wanted;
  private final String folder;
  private final int threads;
  private final HistoryCache cache;
  private int minSegment = ParallelSegments.MIN_SEGMENT;
  private final Map<String, FileChanges> changes = new HashMap<>();
  private boolean partial;
  private int commitsChanging;

  /**
   * {@code wanted}: paths relative to the work tree, as they are at HEAD; {@code folder}: the analyzed
   * folder relative to the work tree, empty for the work tree itself; {@code threads}: how many threads diff and count;
   * {@code cacheFile}: where each commit's changes are kept between runs, null for nowhere.
   */
  HistoryWalk(Repository repository, String folder, Set<String> wanted, int threads, Path cacheFile) {
    this.repository = repository;
    this.wanted = wanted;
    this.folder = diffedFolder(folder, wanted);
    this.threads = threads;
    this.cache = HistoryCache.load(cacheFile, fingerprint());
  }

  /** This walk, giving each thread at least {@code commits} commits (tests split small histories). */
  HistoryWalk withMinSegment(int commits) {
    minSegment = commits;
    return this;
  }

  /**
   * The changes per path (today's name) of commits reachable from {@code head} and committed at or after
   * {@code since}.
   */
  Map<String, FileChanges> walk(ObjectId head, Instant since) throws IOException {
    WindowCommits window = WindowCommits.read(repository, head, since);
    partial = window.partial();
    List<WindowCommits.Commit> commits = window.commits();
    List<List<Change>> diffs = diffs(commits);
    List<List<String>> names = wantedNames(diffs);
    List<List<Change>> counted = new LinesByFile(repository, threads, minSegment).count(diffs, names);
    for (int i = 0; i < commits.size(); i++) {
      record(commits.get(i), counted.get(i), names.get(i));
      cache.put(commits.get(i).id(), counted.get(i));
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
    Iterator<List<Change>> diffed = ParallelSegments.map(unknown, threads, minSegment, this::differ).iterator();
    List<List<Change>> diffs = new ArrayList<>(commits.size());
    for (List<Change> changes : known) {
      diffs.add(changes == null ? diffed.next() : changes);
    }
    return diffs;
  }

  /** What the remembered changes depend on besides the commit: this build, what is diffed, rename detection. */
  private String fingerprint() {
    return ContentHash.build() + "|" + folder + "|" + new RenameDetector(repository).getRenameLimit();
  }

  /**
   * Only differences under {@code folder} (the analyzed module's folder, relative to the work tree) are
   * looked at when every wanted file lies in it: a module of a multi-module build walks its own folder, not
   * the whole repository. A file moved in from outside that folder starts its history at the move. Returns
   * the folder to diff, empty for the whole work tree.
   */
  static String diffedFolder(String folder, Set<String> paths) {
    boolean narrow = !folder.isEmpty() && paths.stream().allMatch(p -> p.startsWith(folder + "/"));
    return narrow ? folder : "";
  }

  /** Whether a shallow clone cut the walk short. */
  /** How many of the window's commits changed at least one of the wanted files. */
  int commits() {
    return commitsChanging;
  }

  boolean partial() {
    return partial;
  }

  private CommitDiffer differ() {
    return new CommitDiffer(repository, folder);
  }

  /**
   * Per change, in order, the name its file has today (renames followed back from the newest commit) when that
   * file's history is wanted; null when it is not.
   */
  private List<List<String>> wantedNames(List<List<Change>> diffs) {
    RenameTracker renames = new RenameTracker();
    List<List<String>> names = new ArrayList<>(diffs.size());
    for (List<Change> diff : diffs) {
      List<String> commitNames = new ArrayList<>(diff.size());
      for (Change change : diff) {
        String today = renames.current(change.path());
        if (change.type() == DiffEntry.ChangeType.RENAME) {
          renames.renamed(change.oldPath(), today);
        }
        commitNames.add(wanted.contains(today) ? today : null);
      }
      names.add(commitNames);
    }
    return names;
  }

  /** Records the commit's changes to wanted files under their names of today. */
  private void record(WindowCommits.Commit commit, List<Change> diff, List<String> names) {
    if (names.stream().anyMatch(java.util.Objects::nonNull)) {
      commitsChanging++;
    }
    for (int i = 0; i < diff.size(); i++) {
      Change change = diff.get(i);
      String today = names.get(i);
      if (today != null) {
        changes.computeIfAbsent(today, p -> new FileChanges()).record(
            new FileChanges.Touch(commit.id(), change.path(), commit.when()), commit.author(),
            change.lines().added(), change.lines().removed());
      }
    }
  }
}
