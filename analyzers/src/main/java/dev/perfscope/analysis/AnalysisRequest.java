package dev.perfscope.analysis;

import dev.perfscope.config.ConfigurationException;
import dev.perfscope.baseline.LoadedBaseline;
import dev.perfscope.duplicates.DuplicateSettings;
import dev.perfscope.history.HistorySettings;
import dev.perfscope.sources.Glob;
import dev.perfscope.threshold.Thresholds;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to analyze and how: the root that report paths are relative to, the source roots under it (each
 * must exist), include/exclude globs, the source encoding, the thresholds, the baseline (null: none), how
 * many files to analyze at once, the cache file (null: no cache), what to read from git, what one file may
 * cost, whether symbolic links are followed (never outside the source roots), and the folders the walk never
 * enters ({@code neverEntered}: the build and report directories, whatever git or the globs say), and how
 * duplicated code is looked for ({@code duplicates}; null: {@link DuplicateSettings#DEFAULTS}).
 */
public record AnalysisRequest(
    Path root, List<Path> sourceRoots, List<String> includes, List<String> excludes, Charset encoding,
    Thresholds thresholds, LoadedBaseline baseline, int threads, Path cacheFile, HistorySettings history,
    InputLimits limits, boolean followLinks, List<Path> neverEntered, DuplicateSettings duplicates) {
  /** The most threads a pool can have ({@link java.util.concurrent.ForkJoinPool}'s own limit). */
  public static final int MAX_THREADS = 32_767;

  /** A request with no baseline, no cache and nothing read from git, on every available processor. */
  public AnalysisRequest(Path root, List<Path> sourceRoots, List<String> includes, List<String> excludes,
      Charset encoding, Thresholds thresholds) {
    this(root, sourceRoots, includes, excludes, encoding, thresholds, null,
        Runtime.getRuntime().availableProcessors(), null, HistorySettings.OFF, InputLimits.DEFAULTS, false, List.of(),
        DuplicateSettings.DEFAULTS);
  }

  public AnalysisRequest {
    root = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new ConfigurationException("basedir", root.toString(), "an existing directory");
    }
    sourceRoots = sourceRoots.stream().map(root::resolve).map(Path::normalize).toList();
    for (Path sourceRoot : sourceRoots) {
      if (sourceRoot.getParent() == null) { // its /proc and /dev hold files that never end
        throw new ConfigurationException("sourceRoots", sourceRoot.toString(), "the root of the file system",
            "existing directories of the project, relative to " + root);
      }
      if (!Files.isDirectory(sourceRoot)) {
        throw new ConfigurationException("sourceRoots", root.relativize(sourceRoot).toString(),
            "existing directories, relative to " + root);
      }
    }
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    includes.forEach(glob -> Glob.of(glob, "includes"));
    excludes.forEach(glob -> Glob.of(glob, "excludes"));
    neverEntered = neverEntered == null ? List.of()
        : neverEntered.stream().map(root::resolve).map(Path::normalize).distinct().toList();
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(limits, "limits");
    duplicates = duplicates == null ? DuplicateSettings.DEFAULTS : duplicates;
    if (threads < 1 || threads > MAX_THREADS) {
      throw new ConfigurationException("threads", String.valueOf(threads),
          "a whole number from 1 to " + MAX_THREADS);
    }
  }

  public AnalysisRequest withBaseline(LoadedBaseline loaded) {
    return new AnalysisRequest(root, sourceRoots, includes, excludes, encoding, thresholds, loaded, threads,
        cacheFile, history, limits, followLinks, neverEntered,
        duplicates);
  }

  /** A copy that analyzes on {@code count} threads and keeps its cache in {@code file} (null: none). */
  public AnalysisRequest withExecution(int count, Path file) {
    return new AnalysisRequest(root, sourceRoots, includes, excludes, encoding, thresholds, baseline, count, file,
        history, limits, followLinks, neverEntered,
        duplicates);
  }

  /** A copy that reads git as {@code settings} say. */
  public AnalysisRequest withHistory(HistorySettings settings) {
    return new AnalysisRequest(root, sourceRoots, includes, excludes, encoding, thresholds, baseline, threads,
        cacheFile, settings, limits, followLinks, neverEntered,
        duplicates);
  }

  /** A copy with these limits on each file, following symbolic links or not. */
  public AnalysisRequest withInputs(InputLimits newLimits, boolean follow) {
    return new AnalysisRequest(root, sourceRoots, includes, excludes, encoding, thresholds, baseline, threads,
        cacheFile, history, newLimits, follow, neverEntered, duplicates);
  }

  /** A copy whose walk never enters these folders (relative to the root, or absolute). */
  public AnalysisRequest withNeverEntered(List<Path> folders) {
    return new AnalysisRequest(root, sourceRoots, includes, excludes, encoding, thresholds, baseline, threads,
        cacheFile, history, limits, followLinks, folders,
        duplicates);
  }

  /** A copy that looks for duplicated code as {@code settings} say. */
  public AnalysisRequest withDuplicates(DuplicateSettings settings) {
    return new AnalysisRequest(root, sourceRoots, includes, excludes, encoding, thresholds, baseline, threads,
        cacheFile, history, limits, followLinks, neverEntered, settings);
  }

  /** The history settings, or a configuration error naming {@code historyDays}. */
  public static HistorySettings history(boolean enabled, int days, String since) {
    if (days < 1) {
      throw new ConfigurationException("historyDays", String.valueOf(days), "a whole number of days, 1 or more");
    }
    return new HistorySettings(enabled, days, since);
  }

  /** The charset named {@code name}, or a configuration error naming the {@code encoding} setting. */
  public static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new ConfigurationException("encoding", name, "a charset this JVM supports, such as UTF-8");
    }
  }
}
