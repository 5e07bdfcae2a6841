package dev.perfscope.lang.java;

/** The mutable tally a metric visitor carries through one unit. */
final class Counter {
  int value;

  Counter(int start) {
    value = start;
  }
}
