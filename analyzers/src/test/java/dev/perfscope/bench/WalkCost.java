package dev.perfscope.bench;

import dev.perfscope.history.HistorySettings;
import dev.perfscope.history.ProjectHistory;
import dev.perfscope.sources.Ignores;
import dev.perfscope.sources.SourceWalker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What git's ignore rules cost the walk of a tree: the median time of listing its files without them, and
 * with them (finding and opening the repository, reading the index and every {@code .gitignore} included),
 * alternated so that both see the same disk cache. Usage: WalkCost TREE ROUNDS.
 */
public final class WalkCost {
  private static final ProjectHistory.Reading NO_CACHE = new ProjectHistory.Reading(1, null);

  public static void main(String[] args) {
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    int rounds = Integer.parseInt(args[1]);
    List<Long> plain = new ArrayList<>();
    List<Long> withGit = new ArrayList<>();
    int without = 0;
    int with = 0;
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      without = new SourceWalker(root, List.of(), List.of(), false, List.of(), Ignores.NONE).walk(List.of(root)).size();
      plain.add(System.nanoTime() - start);
      start = System.nanoTime();
      try (ProjectHistory history = ProjectHistory.open(root, HistorySettings.OFF, NO_CACHE)) {
        with = new SourceWalker(root, List.of(), List.of(), false, List.of(), history.ignores())
            .walk(List.of(root)).size();
      }
      withGit.add(System.nanoTime() - start);
    }
    System.out.printf("%d files (%d with git's rules), median of %d: %.1f ms without git's rules, %.1f ms with%n",
        without, with, rounds, median(plain), median(withGit));
  }

  private static double median(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2) / 1e6;
  }
}
