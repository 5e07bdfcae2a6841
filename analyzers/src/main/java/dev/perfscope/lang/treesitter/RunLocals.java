package dev.perfscope.lang.treesitter;

import java.util.List;

/** The locals of a function that a run of its statements, between two offsets, reads and writes. */
public interface RunLocals {
  /** The locals the code between {@code start} and {@code end} reads that it does not set first: its inputs. */
  List<String> reads(int start, int end);

  /** The locals the code between {@code start} and {@code end} writes: its results. */
  List<String> writes(int start, int end);
}
