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
 */
final class ParentWatch {
  static final int EXIT_CODE = 3;

  private ParentWatch() {}

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
        Runtime.getRuntime().halt(EXIT_CODE);
      }
    }, "perfscope-parent-watch");
    watch.setDaemon(true);
    watch.start();
  }
}
