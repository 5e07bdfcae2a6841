package dev.perfscope.lang.treesitter;

import dev.perfscope.lang.Cancellation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Watches one native parse through tree-sitter's progress callback. It says stop when the file is given up on
 * ({@link Cancellation}), and when the parse falls below {@link #FLOOR_BYTES_PER_SECOND} after a first second of
 * the parsing thread's cpu time: tree-sitter reads real code at 1 MB/s or more here (eslint's and typeorm's largest
 * files, analysis included), but takes minutes over pathological text (a 180 kB line of operators), and seconds
 * per 100 kB over a megabyte-long line; a file it gives up on is one of its lines counted, with the
 * place it had reached as its parse error. Cpu time, not the wall clock, so that a busy machine does not stop files
 * a quiet one reads (a 725 kB file that takes 1.7 s of cpu was stopped at a load average of 25); the parse budget
 * still bounds the wall time.
 */
final class ParseWatch {
  static final long FLOOR_BYTES_PER_SECOND = 250_000;
  private static final long GRACE_NANOS = 1_000_000_000L;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final long allowance;
  private final long started;
  private int reached;
  private boolean stopped;

  /** A watch for the parse of {@code bytes} bytes, started now. */
  ParseWatch(int bytes) {
    this.allowance = GRACE_NANOS + bytes * (1_000_000_000L / FLOOR_BYTES_PER_SECOND);
    this.started = elapsed();
  }

  /** Whether the parse, now at byte {@code reachedByte}, may go on. */
  boolean keepGoing(int reachedByte) {
    reached = reachedByte;
    stopped = stopped || Cancellation.cancelled() || elapsed() - started > allowance;
    return !stopped;
  }

  /** Whether this watch has said stop. */
  boolean stopped() {
    return stopped;
  }

  /** The byte offset the parse had reached when last asked (0 before). */
  int reached() {
    return Math.max(0, reached);
  }

  /** The parsing thread's cpu time, or the wall clock where the JVM cannot measure it. */
  private static long elapsed() {
    long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    return cpu >= 0 ? cpu : System.nanoTime();
  }
}
