package dev.perfscope.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;

/**
 * Counts the lines of the changes whose history is wanted file by file, newest first, rather than commit by
 * commit. Consecutive blobs are then versions of one file, which a pack stores as deltas of each other: JGit
 * resolves each from the version read just before (its delta base cache) instead of from the start of its
 * chain, and a change's old side is the next change's new side.
 */
final class LinesByFile {
  private final Repository repository;
  private final int threads;
  private final int minSegment;

  /** Where a change is: the commit's index in the window, the change's index in that commit. */
  private record Position(int commit, int change) {}

  LinesByFile(Repository repository, int threads, int minSegment) {
    this.repository = repository;
    this.threads = threads;
    this.minSegment = minSegment;
  }

  /**
   * {@code diffs} with the lines counted of each change whose file has a name in {@code names} (the name it
   * has today, null for a file whose history is not wanted), in the same order.
   */
  List<List<Change>> count(List<List<Change>> diffs, List<List<String>> names) throws IOException {
    List<Position> order = fileByFile(diffs, names);
    if (order.isEmpty()) {
      return diffs; // every line known already: a walk whose commits were all in the cache
    }
    List<Change> uncounted = order.stream().map(p -> diffs.get(p.commit()).get(p.change())).toList();
    List<LineCounter.Lines> lines = ParallelSegments.map(uncounted, threads, minSegment,
        () -> new LineCounter(repository));
    List<List<Change>> counted = new ArrayList<>(diffs.size());
    diffs.forEach(diff -> counted.add(new ArrayList<>(diff)));
    for (int i = 0; i < order.size(); i++) {
      Position at = order.get(i);
      counted.get(at.commit()).set(at.change(), uncounted.get(i).counted(lines.get(i)));
    }
    return counted;
  }

  /** The wanted changes whose lines are not known yet, grouped by file, each file's newest first. */
  private static List<Position> fileByFile(List<List<Change>> diffs, List<List<String>> names) {
    Map<String, List<Position>> byFile = new LinkedHashMap<>();
    for (int c = 0; c < diffs.size(); c++) {
      for (int i = 0; i < diffs.get(c).size(); i++) {
        String name = names.get(c).get(i);
        if (name != null && diffs.get(c).get(i).lines() == null) {
          byFile.computeIfAbsent(name, n -> new ArrayList<>()).add(new Position(c, i));
        }
      }
    }
    return byFile.values().stream().flatMap(List::stream).toList();
  }
}
