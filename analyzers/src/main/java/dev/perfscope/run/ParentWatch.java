package dev.perfscope.run;

import java.io.IOException;
import java.io.InputStream;

/**
 * Ends a worker JVM as soon as the JVM that started it is gone, whatever the worker is doing. The build's
 * JVM holds the write end of the worker's standard input and never writes to it: when that JVM ends, killed
 * or not, the system closes it and a read here returns the end of the stream. Waiting for the parent's
 * process handle was not enough: a parent killed but not yet reaped still looks alive, and an orphaned
 * worker went on at full cpu for minutes. {@link Runtime#halt} rather than {@code exit}: no shutdown hook
 * to wait for, and it works even while the heap is full.
 *
 * <p>Once the worker sends its reply, the end of the stream is the build's leave to end instead: it closes the
 * stream as soon as it has read the reply. Without that, the worker's own exit waited about a third of a second
 * on this thread, since a JVM ends only after giving a thread blocked in a system call 300 ms to return.
 */
final class ParentWatch {
  static final int EXIT_CODE = 3;
  /** Set before the reply is sent: the build closes the stream only once it has read all of it. */
  private static volatile boolean replying;

  private ParentWatch() {}

  /** Says that the reply is being sent, so that the end of standard input ends the worker normally. */
  static void replying() {
    replying = true;
  }

  /** Starts the watch on a daemon thread, reading this JVM's standard input. */
  static void start() {
    InputStream in = System.in;
    Thread watch = new Thread(() -> {
      try {
        while (in.read() >= 0) {
          // nothing is ever sent; a byte is no sign of life either way
        }
      } catch (IOException | RuntimeException e) {
        // a broken pipe: the parent is gone all the same
      } finally {
        Runtime.getRuntime().halt(replying ? 0 : EXIT_CODE);
      }
    }, "perfscope-parent-watch");
    watch.setDaemon(true);
    watch.start();
  }
}
