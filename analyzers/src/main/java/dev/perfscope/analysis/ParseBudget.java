package dev.perfscope.analysis;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one file's analysis on a pool of its own and stops waiting after the budget. Parsers do not answer
 * interrupts, so a runaway one finishes on a daemon thread that the pool drops; {@link #close} at the end
 * of the analysis leaves no idle thread behind. One instance per analysis run.
 */
final class ParseBudget implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final Duration budget;
  private final ExecutorService pool = Executors.newCachedThreadPool(work -> {
    Thread thread = new Thread(work, "perfscope-parse-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });

  ParseBudget(Duration budget) {
    this.budget = budget;
  }

  /** The budget as users write it: {@code 10 s}, or {@code 200 ms} below a whole second. */
  String describe() {
    long millis = budget.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /**
   * The work's result; a {@link TimeoutException} when it took longer than the budget (it is cancelled),
   * an {@link ExecutionException} with whatever it threw, including errors.
   */
  <T> T run(Callable<T> work) throws TimeoutException, ExecutionException, InterruptedException {
    Future<T> future = pool.submit(work);
    try {
      return future.get(budget.toMillis(), TimeUnit.MILLISECONDS);
    } finally {
      future.cancel(true);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
