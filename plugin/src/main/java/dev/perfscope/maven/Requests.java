package dev.perfscope.maven;

import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.threshold.Limit;
import dev.perfscope.threshold.PathThreshold;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.Thresholds;
import java.nio.file.Path;
import java.util.List;

/** Turns the parameters every goal shares into an {@link AnalysisRequest}, for the build goals and the site reports alike. */
final class Requests {
  private Requests() {}

  /**
   * The request for one project: configured roots (or its default ones), globs, encoding and thresholds; the
   * walk never enters the build directory.
   */
  static AnalysisRequest of(ProjectSources sources, List<String> sourceRoots, List<String> includes,
      List<String> excludes, String encoding, Thresholds thresholds) {
    List<Path> roots = isEmpty(sourceRoots)
        ? sources.defaultRoots()
        : sourceRoots.stream().map(String::trim).filter(s -> !s.isEmpty()).map(Path::of).toList();
    String charset = encoding == null || encoding.isBlank() ? sources.encoding() : encoding;
    return new AnalysisRequest(sources.basedir(), roots, orEmpty(includes), orEmpty(excludes),
        AnalysisRequest.charset(charset), thresholds).withNeverEntered(sources.neverEntered(null));
  }

  /** Thresholds from warning and critical levels given in {@link Rule} order, two per rule. */
  static Thresholds thresholds(int... levels) {
    Thresholds thresholds = Thresholds.defaults();
    Rule[] rules = Rule.values();
    for (int i = 0; i < rules.length; i++) {
      thresholds = thresholds.with(rules[i], Limit.of(rules[i], levels[2 * i], levels[2 * i + 1]));
    }
    return thresholds;
  }

  /** Per-path thresholds from entries such as {@code src/test/** cyclomatic=20/40}. */
  static List<PathThreshold> pathThresholds(List<String> entries) {
    return orEmpty(entries).stream().flatMap(entry -> PathThreshold.parse(entry).stream()).toList();
  }

  private static boolean isEmpty(List<String> values) {
    return values == null || values.stream().allMatch(String::isBlank);
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
