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
 * Maps a list on up to {@code threads} threads. Each thread takes one contiguous segment with a worker of its
 * own, so that the worker's caches see neighbouring items (a commit's tree is its child's parent tree; a file's
 * versions follow each other); the results come in the order of the items, whatever the thread count.
 */
final class ParallelSegments {
  /** The default least number of items per thread. */
  static final int MIN_SEGMENT = 256;

  /** Does one thread's share, an item at a time, in order; closed when its segment is done. */
  interface Worker<T, R> extends AutoCloseable {
    R apply(T item) throws IOException;

    @Override
    void close();
  }

  private ParallelSegments() {}

  /** Each item's result, in the order of {@code items}; fewer than {@code minSegment} items are not worth a thread. */
  static <T, R> List<R> map(List<T> items, int threads, int minSegment, Supplier<? extends Worker<T, R>> workers)
      throws IOException {
    int segments = Math.max(1, Math.min(threads, items.size() / minSegment));
    if (segments == 1) {
      return segment(items, workers);
    }
    ExecutorService pool = Executors.newFixedThreadPool(segments - 1, ParallelSegments::daemon);
    try {
      List<Future<List<R>>> rest = new ArrayList<>();
      for (int s = 1; s < segments; s++) {
        List<T> part = part(items, s, segments);
        rest.add(pool.submit(() -> segment(part, workers)));
      }
      List<R> results = new ArrayList<>(segment(part(items, 0, segments), workers));
      for (Future<List<R>> future : rest) {
        results.addAll(join(future));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> List<T> part(List<T> items, int s, int segments) {
    return items.subList(items.size() * s / segments, items.size() * (s + 1) / segments);
  }

  private static <T, R> List<R> segment(List<T> items, Supplier<? extends Worker<T, R>> workers) throws IOException {
    List<R> results = new ArrayList<>(items.size());
    try (Worker<T, R> worker = workers.get()) {
      for (T item : items) {
        results.add(worker.apply(item));
      }
    }
    return results;
  }

  private static <R> List<R> join(Future<List<R>> future) throws IOException {
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
    Thread thread = new Thread(task, "perfscope-history-segment");
    thread.setDaemon(true);
    return thread;
  }
}
