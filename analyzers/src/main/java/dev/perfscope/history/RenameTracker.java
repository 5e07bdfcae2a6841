package dev.perfscope.history;

import java.util.HashMap;
import java.util.Map;

/**
 * Follows renames while walking from the newest commit to older ones: once {@code a} was renamed to
 * {@code b}, older changes to {@code a} belong to whatever {@code b} is called today.
 */
final class RenameTracker {
  private final Map<String, String> currentName = new HashMap<>();

  /** Today's name of the file called {@code path} at the commit being visited. */
  String current(String path) {
    return currentName.getOrDefault(path, path);
  }

  void renamed(String oldPath, String newPath) {
    currentName.put(oldPath, current(newPath));
  }
}
