package dev.perfscope.history;

import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.registry.Languages;
import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Hotspot;
import dev.perfscope.model.SourceMetrics;
import dev.perfscope.model.TrendPoint;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A hotspot's trend: the file as it was at a few of the commits that changed it (evenly spread, at most
 * {@code points}), each measured by its language analyzer. History reads the old content; the analyzers
 * measure it.
 */
final class TrendSampler {
  private final Repository repository;
  private final Languages languages;
  private final Charset encoding;
  private final int points;

  TrendSampler(Repository repository, Languages languages, Charset encoding, int points) {
    this.repository = repository;
    this.languages = languages;
    this.encoding = encoding;
    this.points = points;
  }

  /** The hotspots, the first {@code count} of them with their trend. */
  List<Hotspot> addTrends(List<Hotspot> hotspots, Map<String, FileChanges> changes, int count) throws IOException {
    List<Hotspot> withTrends = new ArrayList<>();
    for (Hotspot hotspot : hotspots) {
      withTrends.add(withTrends.size() < count ? hotspot.withTrend(sample(changes.get(hotspot.path()))) : hotspot);
    }
    return withTrends;
  }

  /** The trend, oldest first; commits whose content cannot be read or measured are left out. */
  List<TrendPoint> sample(FileChanges changes) throws IOException {
    List<FileChanges.Touch> touches = changes.touches();
    List<TrendPoint> trend = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repository)) {
      for (FileChanges.Touch touch : spread(touches)) {
        measure(walk, touch).ifPresent(trend::add);
      }
    }
    return trend;
  }

  /** Up to {@code points} touches from oldest to newest, both ends included. */
  private List<FileChanges.Touch> spread(List<FileChanges.Touch> newestFirst) {
    int n = newestFirst.size();
    int count = Math.min(points, n);
    List<FileChanges.Touch> chosen = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int fromOldest = count == 1 ? 0 : (int) Math.round((double) i * (n - 1) / (count - 1));
      chosen.add(newestFirst.get(n - 1 - fromOldest));
    }
    return chosen;
  }

  private Optional<TrendPoint> measure(RevWalk walk, FileChanges.Touch touch) throws IOException {
    try (TreeWalk tree = TreeWalk.forPath(repository, touch.path(), walk.parseCommit(touch.commit()).getTree())) {
      if (tree == null) {
        return Optional.empty(); // the commit deleted the file
      }
      String text = new String(repository.open(tree.getObjectId(0)).getBytes(), encoding);
      LanguageAnalyzer language = languages.forFile(touch.path());
      SourceMetrics metrics = language.analyze(new SourceText(text));
      return Optional.of(new TrendPoint(touch.commit().abbreviate(7).name(), touch.when().toString(),
          metrics.lines().physical(), Complexity.of(language != languages.text(), metrics)));
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty(); // an analyzer failing on an old version costs only that point
    }
  }
}
