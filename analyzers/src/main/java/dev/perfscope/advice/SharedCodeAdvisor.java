package dev.perfscope.advice;

import dev.perfscope.duplicates.CloneClass;
import dev.perfscope.duplicates.CloneDetector;
import dev.perfscope.duplicates.DuplicateSettings;
import dev.perfscope.model.Counts;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Plan;
import dev.perfscope.model.Plan.Copy;
import dev.perfscope.model.Recommendation;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.Thresholds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code extract-shared}: code copied across files ({@link CloneDetector}), to be kept once in a shared home
 * ({@link SharedHomes}) and called from where the copies were. Its excess is the lines the extraction removes
 * (all copies but one) over the function-lines warning of the first copy's file: how many over-long functions'
 * worth of code is duplicated. It fixes no finding, so its priority is {@code low}, {@code medium} when a copy
 * is in a hotspot. Copies that are all in deprecated code are left to go with it, and so are copies in files
 * whose paths differ only in their numbers ({@link #parallelVersions}).
 */
final class SharedCodeAdvisor {
  static final String KIND = "extract-shared";
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private final Priorities priorities;
  private final Thresholds thresholds;
  private final DuplicateSettings settings;

  SharedCodeAdvisor(Priorities priorities, Thresholds thresholds, DuplicateSettings settings) {
    this.priorities = priorities;
    this.thresholds = thresholds;
    this.settings = settings;
  }

  List<Recommendation> advise(List<FileMetrics> files) {
    if (!settings.enabled()) {
      return List.of();
    }
    List<CloneClass> classes = new CloneDetector(settings).find(files);
    if (classes.isEmpty()) {
      return List.of();
    }
    Map<String, FileMetrics> byPath = new HashMap<>();
    files.forEach(file -> byPath.putIfAbsent(file.path(), file));
    SharedHomes homes = new SharedHomes(files);
    List<Recommendation> out = new ArrayList<>(classes.size());
    for (CloneClass clone : classes) {
      if (!parallelVersions(clone)) {
        homes.of(clone).ifPresent(home -> out.add(recommend(clone, home, byPath)));
      }
    }
    return out;
  }

  /**
   * Whether the copies are parallel variants: files whose paths are equal once numbers are left out, kept for two
   * versions or sizes of what they build on ({@code kotlinx-coroutines-rx2/src/RxScheduler.kt} and {@code
   * kotlinx-coroutines-rx3/src/RxScheduler.kt}, {@code encodings/utf_16.py} and {@code utf_32.py}, {@code
   * msvccompiler.py} and {@code msvc9compiler.py}). Each calls its own counterpart of what the other calls, so no
   * one module could hold the code for both; their maintainers keep them apart on purpose.
   */
  static boolean parallelVersions(CloneClass clone) {
    return clone.paths().size() > 1
        && clone.paths().stream().map(path -> DIGITS.matcher(path).replaceAll("")).distinct().count() == 1;
  }

  private Recommendation recommend(CloneClass clone, SharedHomes.Home home, Map<String, FileMetrics> byPath) {
    List<Copy> copies = clone.copies();
    List<String> paths = clone.paths();
    String first = copies.get(0).path();
    int removed = copies.stream().mapToInt(Copy::lines).sum() - clone.lines();
    double excess = (double) removed / Math.max(1, thresholds.limit(Rule.FUNCTION_LINES, first).warning());
    String where = copies.stream().map(c -> c.path() + ":" + c.line() + "-" + c.endLine())
        .collect(Collectors.joining(", "));
    boolean deprecated = !home.deprecated().isEmpty();
    String title = (deprecated ? "Keep the " : "Extract the ") + Counts.of(clone.lines(), "line") + " copied in "
        + Counts.of(paths.size(), "file") + (deprecated ? " once, in " : " into ") + home.path();
    String rationale = Counts.of(clone.lines(), "line") + " (" + Counts.of(clone.tokens(), "token")
        + ") are the same but for names and literals in " + Counts.of(copies.size(), "place") + ": " + where
        + ". A fix made in one copy must be made in every other." + (deprecated ? " The copies in deprecated code ("
        + String.join(", ", home.deprecated()) + ") can call the one in " + home.path() + " until they are removed."
        : "");
    String expected = "One copy in " + home.path() + (deprecated ? " (code that is not deprecated)"
        : home.exists() ? " (which most of these files already import)" : " (a new module)") + ", called from "
        + Counts.of(copies.size(), "place") + ": " + Counts.of(removed, "line") + " fewer";
    List<FileMetrics> touched = paths.stream().map(byPath::get).filter(Objects::nonNull).toList();
    return new Recommendation(priorities.ofAll(paths), first, KIND, title, rationale,
        Plan.sharedCode(new Plan.SharedCode(copies, clone.lines(), clone.tokens(), home.path(), home.exists())),
        expected, 0, 0, null)
        .withImpact(priorities.impactOfAll(touched, excess, clone.lines() + removed));
  }
}
