package dev.perfscope.analysis;

import dev.perfscope.lang.Cancellation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Does one piece of work per item on threads of its own, each piece on the thread that took it, and stops a
 * piece that runs past the budget: its {@link Cancellation} flag is raised, the work stops at its next
 * checkpoint, letting go of all it held, and the item gets the {@code overBudget} answer, on the same thread,
 * which then goes on with the rest. A piece that has still not stopped a budget later is given up on: its
 * item is answered for it, its thread is interrupted and left to finish alone, and a fresh thread carries on.
 * The caller sleeps until the work is done or a piece is due, so no item costs a hand-over between threads:
 * handing each file to a pool thread and waiting for it left a fifth of two cores idle on java.base
 * (docs/performance.md).
 */
final class ParseBudget {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final Duration budget;

  ParseBudget(Duration budget) {
    this.budget = budget;
  }

  /** The budget as users write it: {@code 10 s}, or {@code 200 ms} below a whole second. */
  String describe() {
    long millis = budget.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /**
   * {@code work} applied to every item on {@code threads} threads, in the items' order; {@code overBudget}
   * stands in for a piece that took longer than the budget (unless {@code work} answers its cancellation
   * itself). {@code work} must not throw: an exception that escapes it is thrown here once the other pieces
   * are done.
   */
  <T, R> List<R> map(List<T> items, int threads, Function<T, R> work, Function<T, R> overBudget) {
    Run<T, R> run = new Run<>(items, work, overBudget, Thread.currentThread());
    List<Runner<T, R>> runners = new ArrayList<>();
    for (int i = 0; i < Math.min(Math.max(1, threads), items.size()); i++) {
      runners.add(run.start());
    }
    long allowed = budget.toNanos();
    while (!run.finished()) {
      long now = System.nanoTime();
      long nextDue = now + allowed;
      for (int i = 0; i < runners.size(); i++) {
        Runner.Piece piece = runners.get(i).piece.get();
        if (piece == null) {
          continue;
        }
        long age = now - piece.startedAt();
        if (age < allowed) {
          nextDue = Math.min(nextDue, piece.startedAt() + allowed);
        } else if (age < 2 * allowed) {
          piece.cancelled().set(true);
          nextDue = Math.min(nextDue, piece.startedAt() + 2 * allowed);
        } else if (runners.get(i).giveUp(piece)) {
          piece.cancelled().set(true);
          runners.get(i).thread.interrupt(); // an abandoned runner answers nothing more: no race with the answer
          run.answer(piece.index(), overBudget.apply(items.get(piece.index())));
          runners.set(i, run.start());
        }
      }
      LockSupport.parkNanos(this, Math.max(nextDue - now, 1_000_000));
    }
    return run.results();
  }

  /** The items, their answers so far, and which is next to take. */
  private static final class Run<T, R> {
    private static final Object FAILED = new Object();

    private final List<T> items;
    private final Function<T, R> work;
    private final Function<T, R> overBudget;
    private final Thread waiting;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger settled = new AtomicInteger();
    private final AtomicReferenceArray<Object> answers;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    Run(List<T> items, Function<T, R> work, Function<T, R> overBudget, Thread waiting) {
      this.items = items;
      this.work = work;
      this.overBudget = overBudget;
      this.waiting = waiting;
      this.answers = new AtomicReferenceArray<>(items.size());
    }

    Runner<T, R> start() {
      Runner<T, R> runner = new Runner<>(this);
      Thread thread = new Thread(runner, "perfscope-parse-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      runner.thread = thread;
      thread.start();
      return runner;
    }

    /** The first answer for an item counts: a piece given up on may still finish later. */
    void answer(int index, R answer) {
      if (answers.compareAndSet(index, null, Objects.requireNonNull(answer, "no answer"))) {
        settle();
      }
    }

    void fail(int index, Throwable e) {
      failure.compareAndSet(null, e);
      if (answers.compareAndSet(index, null, FAILED)) {
        settle();
      }
    }

    private void settle() {
      if (settled.incrementAndGet() == items.size()) {
        LockSupport.unpark(waiting);
      }
    }

    boolean finished() {
      return settled.get() == items.size();
    }

    @SuppressWarnings("unchecked") // every slot holds an R once no failure was recorded
    List<R> results() {
      if (failure.get() instanceof RuntimeException e) {
        throw e;
      }
      if (failure.get() instanceof Error e) {
        throw e;
      }
      List<R> list = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        list.add((R) answers.get(i));
      }
      return list;
    }
  }

  /** One thread taking items until there are none left, or until it is given up on. */
  private static final class Runner<T, R> implements Runnable {
    /** The item a runner is working on, since when, and whether it is to stop. */
    private record Piece(int index, long startedAt, AtomicBoolean cancelled) {}

    private static final Piece ABANDONED = new Piece(-1, 0, new AtomicBoolean(true));

    private final Run<T, R> run;
    private final AtomicReference<Piece> piece = new AtomicReference<>();
    private Thread thread;

    Runner(Run<T, R> run) {
      this.run = run;
    }

    @Override
    public void run() {
      for (int i = run.next.getAndIncrement(); i < run.items.size(); i = run.next.getAndIncrement()) {
        Piece current = new Piece(i, System.nanoTime(), new AtomicBoolean());
        piece.set(current);
        R answer = null;
        Throwable failure = null;
        try {
          answer = answer(current);
        } catch (RuntimeException | Error e) {
          failure = e;
        }
        if (!piece.compareAndSet(current, null)) {
          return; // given up on: the item was answered for it, a fresh runner goes on
        }
        if (failure != null) {
          run.fail(i, failure);
        } else {
          run.answer(i, answer);
        }
      }
    }

    /** The work's answer, or once it has stopped on its cancellation (and let go of what it held), overBudget's. */
    private R answer(Piece current) {
      T item = run.items.get(current.index());
      try {
        return Cancellation.watching(current.cancelled(), () -> run.work.apply(item));
      } catch (Cancellation.Cancelled e) {
        return run.overBudget.apply(item);
      }
    }

    /** Gives up on the runner if it is still on {@code seen}; false when it has moved on since. */
    boolean giveUp(Piece seen) {
      return piece.compareAndSet(seen, ABANDONED);
    }
  }
}
