package dev.perfscope.lang.treesitter;

import dev.perfscope.lang.Cancellation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSParseState;
import org.treesitter.TSParser;
import org.treesitter.TSParserProgress;
import org.treesitter.TSTree;

/**
 * One native parse, watched through tree-sitter's progress callback. It stops when the file is given up on
 * ({@link Cancellation}), and when it falls below {@link #FLOOR_BYTES_PER_SECOND} after a first second of the
 * parsing thread's cpu time: tree-sitter reads real code at 1-2 MB/s here, but takes minutes over pathological
 * text (a 180 kB line of operators), and a file it gives up on is one of its lines counted, with the place it had
 * reached as its parse error. Cpu time, not the wall clock, so that a busy machine does not stop files a quiet
 * one reads (a 725 kB file that takes 1.7 s of cpu was stopped at a load average of 25); the parse budget still
 * bounds the wall time.
 */
final class NativeParse {
  private static final int CHUNK = 64 * 1024;
  static final long FLOOR_BYTES_PER_SECOND = 100_000;
  private static final long GRACE_NANOS = 1_000_000_000L;

  /** A tree, or the byte offset the parser had reached when it was stopped for being too slow. */
  record Result(TSTree tree, int abandonedAtByte) {}

  private NativeParse() {}

  /** The tree of {@code text}; throws {@link Cancellation.Cancelled} when the file was given up on. */
  static Result parse(TSParser parser, String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] buffer = new byte[Math.min(CHUNK, Math.max(1, utf8.length))];
    Watch watch = new Watch(GRACE_NANOS + utf8.length * (1_000_000_000L / FLOOR_BYTES_PER_SECOND));
    TSTree tree = parser.parseWithOptions(buffer, null, (buf, offset, point) -> {
      int n = Math.max(0, Math.min(buf.length, utf8.length - offset));
      System.arraycopy(utf8, offset, buf, 0, n);
      return n;
    }, TSInputEncoding.TSInputEncodingUTF8, watch);
    if (tree != null) {
      return new Result(tree, -1);
    }
    parser.reset(); // a stopped parse would otherwise be resumed by the next call
    Cancellation.checkpoint();
    return new Result(null, Math.max(0, watch.reached));
  }

  /** Answers true (stop) once the file is given up on or the parse has used its cpu allowance. */
  private static final class Watch implements TSParserProgress {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long allowance;
    private final long started;
    int reached;

    Watch(long allowanceNanos) {
      this.allowance = allowanceNanos;
      this.started = elapsed();
    }

    @Override
    public boolean progress(TSParseState state) {
      reached = state.getCurrentByteOffset();
      return Cancellation.cancelled() || elapsed() - started > allowance;
    }

    /** The parsing thread's cpu time, or the wall clock where the JVM cannot measure it. */
    private static long elapsed() {
      long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
      return cpu >= 0 ? cpu : System.nanoTime();
    }
  }
}
