package dev.perfscope.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Diffs the window's commits on up to {@code threads} threads. Each thread takes one contiguous run of
 * commits with a differ of its own, so that its caches see consecutive commits (a commit's tree is its
 * child's parent tree); the result lists each commit's changes in commit order, whatever the thread count.
 */
final class ParallelDiffs {
  /** The default least number of commits per thread. */
  static final int MIN_SEGMENT = 256;

  private final int threads;
  private final int minSegment;
  private final Supplier<CommitDiffer> differs;

  /** {@code minSegment}: fewer commits than this per thread are not worth a thread. */
  ParallelDiffs(int threads, int minSegment, Supplier<CommitDiffer> differs) {
    this.threads = threads;
    this.minSegment = minSegment;
    this.differs = differs;
  }

  /** Each commit's changes, in the order of {@code commits}. */
  List<List<Change>> diff(List<WindowCommits.Commit> commits) throws IOException {
    int segments = Math.max(1, Math.min(threads, commits.size() / minSegment));
    if (segments == 1) {
      return segment(commits);
    }
    ExecutorService pool = Executors.newFixedThreadPool(segments - 1, ParallelDiffs::daemon);
    try {
      List<Future<List<List<Change>>>> rest = new ArrayList<>();
      for (int s = 1; s < segments; s++) {
        List<WindowCommits.Commit> part = part(commits, s, segments);
        rest.add(pool.submit(() -> segment(part)));
      }
      List<List<Change>> changes = new ArrayList<>(segment(part(commits, 0, segments)));
      for (Future<List<List<Change>>> future : rest) {
        changes.addAll(join(future));
      }
      return changes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<WindowCommits.Commit> part(List<WindowCommits.Commit> commits, int s, int segments) {
    return commits.subList(commits.size() * s / segments, commits.size() * (s + 1) / segments);
  }

  private List<List<Change>> segment(List<WindowCommits.Commit> commits) throws IOException {
    List<List<Change>> changes = new ArrayList<>(commits.size());
    try (CommitDiffer differ = differs.get()) {
      for (WindowCommits.Commit commit : commits) {
        changes.add(differ.changes(commit));
      }
    }
    return changes;
  }

  private static List<List<Change>> join(Future<List<List<Change>>> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("history walk interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "perfscope-history-diff");
    thread.setDaemon(true);
    return thread;
  }
}
