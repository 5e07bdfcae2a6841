package dev.perfscope.history;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps only the {@code capacity} entries used last: consecutive commits of one file share
 * versions, so a few recent ones cover most lookups without holding a whole history in memory.
 */
final class RecentlyUsed<K, V> extends LinkedHashMap<K, V> {
  private final int capacity;

  RecentlyUsed(int capacity) {
    super(capacity * 2, 0.75f, true);
    this.capacity = capacity;
  }

  @Override
  protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
    return size() > capacity;
  }
}
