package dev.perfscope.report;

import dev.perfscope.model.Counts;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Member;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What to do about a long file that got no split plan: no grouping of its members made parts that depend little on
 * each other, so "split it along its responsibilities" would send its maintainers looking for a split the analysis
 * did not find. Where a few large members hold most of its lines (a nested class of 677 of Commons Collections'
 * {@code TreeList.java}'s 1,158), shortening those is where its length can go; where its lines are spread over
 * many members (the unrolled slots of {@code Flat3Map.java}), its length comes with what it does, and the report
 * says how to accept it.
 */
final class NoSplitPlan {
  /** A member holding less of the file than this share is not what makes it long. */
  private static final int MIN_SHARE_PERCENT = 10;
  private static final int MOST_NAMED = 3;
  private static final String NO_PLAN = "No split plan: no grouping of its members makes parts that depend little on "
      + "each other";

  private NoSplitPlan() {}

  /** The advice for {@code file}'s length; empty when its language gives no members to name. */
  static String advice(FileMetrics file) {
    List<Member> members = file.structure().members();
    if (members.isEmpty()) {
      return "";
    }
    List<Member> bySize = members.stream()
        .sorted(Comparator.comparingInt(Member::lines).reversed().thenComparingInt(Member::startLine)).toList();
    List<Member> largest = bySize.stream().filter(m -> 100 * m.lines() >= MIN_SHARE_PERCENT * file.lines())
        .limit(MOST_NAMED).toList();
    if (2 * largest.stream().mapToInt(Member::lines).sum() >= file.lines()) {
      List<String> named = largest.stream().map(m -> m.plainName() + " (" + Counts.number(m.lines()) + " lines)")
          .toList();
      String listed = named.size() == 1 ? named.get(0)
          : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
      return NO_PLAN + ". Most of its length is in " + listed + ", which any split moves whole: shorten "
          + (named.size() == 1 ? "it." : "those.");
    }
    Member first = bySize.get(0);
    return String.format(Locale.ROOT, "%s, and its %s lines are spread over its %s members (the largest, %s, has %s). "
        + "If that length is accepted, suppress the finding with a perf: ignore[file-lines] comment and its reason "
        + "before the file's first line of code.", NO_PLAN, Counts.number(file.lines()), Counts.number(members.size()),
        first.plainName(), Counts.number(first.lines()));
  }
}
