package dev.perfscope.lang;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Lets the analysis stop a language that is still measuring a file it has given up on. The measuring runs
 * under a flag ({@link #watching}); languages call {@link #checkpoint()} as they read characters or tokens
 * and between units, and it throws {@link Cancelled} once the flag is raised, so the file's text, tokens and
 * tree are dropped at once instead of being held by a parse nobody waits for. A flag of its own for each
 * file, rather than the thread's interrupt, so that a raise meant for one file can never reach the next.
 */
public final class Cancellation {
  private static final ThreadLocal<AtomicBoolean> FLAG = new ThreadLocal<>();

  private Cancellation() {}

  /** {@code work} on this thread, stopped at its next checkpoint once {@code cancelled} is raised. */
  public static <T> T watching(AtomicBoolean cancelled, Supplier<T> work) {
    AtomicBoolean outer = FLAG.get();
    FLAG.set(cancelled);
    try {
      return work.get();
    } finally {
      FLAG.set(outer);
    }
  }

  /**
   * Whether the work on this thread has been given up on, for a parser that cannot throw from where it asks (a
   * native parser's progress callback): it stops, and its caller then calls {@link #checkpoint()}.
   */
  public static boolean cancelled() {
    AtomicBoolean cancelled = FLAG.get();
    return cancelled != null && cancelled.get();
  }

  /** Throws {@link Cancelled} when the work on this thread has been given up on; cheap enough for every token. */
  public static void checkpoint() {
    AtomicBoolean cancelled = FLAG.get();
    if (cancelled != null && cancelled.get()) {
      throw new Cancelled();
    }
  }

  /**
   * The work was given up on. An {@link Error}, like {@link ThreadDeath}, because parsers catch exceptions:
   * JavaParser turns any into a parse problem and ANTLR's bail strategy throws one of its own. Without a
   * stack trace: it is expected, and unwinds a stack that may be deep.
   */
  public static final class Cancelled extends Error {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("analysis given up on", null, false, false);
    }
  }
}
