package dev.perfscope.analysis;

import dev.perfscope.config.ConfigurationException;
import dev.perfscope.advice.Advice;
import dev.perfscope.advice.Hotspots;
import dev.perfscope.baseline.BaselineComparison;
import dev.perfscope.baseline.LoadedBaseline;
import dev.perfscope.infra.ContentHash;
import dev.perfscope.cache.FileStamp;
import dev.perfscope.cache.MetricsCache;
import dev.perfscope.history.ProjectHistory;
import dev.perfscope.history.UnknownRefException;
import dev.perfscope.lang.registry.Languages;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Hotspot;
import dev.perfscope.model.SkippedFile;
import dev.perfscope.sources.Ignores;
import dev.perfscope.sources.SourceFile;
import dev.perfscope.sources.SourceReader;
import dev.perfscope.sources.SourceWalker;
import dev.perfscope.threshold.ThresholdCheck;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The pipeline: request in, result out. One file's trouble is reported on that file and never stops the rest. */
public final class Analysis {
  /** Each commit's changes, kept between runs next to the metrics cache. */
  public static final String HISTORY_CACHE_FILE = "perf-history-cache.json.gz";

  private final Languages languages;

  public Analysis(Languages languages) {
    this.languages = languages;
  }

  public Analysis() {
    this(Languages.standard());
  }

  public AnalysisResult run(AnalysisRequest request) {
    return run(request, Map.of());
  }

  /**
   * The analysis, with {@code stamps} (by path, as {@link #fingerprint(AnalysisRequest, Map)} just took them)
   * that let the cache answer for a file they prove unchanged without reading it again.
   */
  public AnalysisResult run(AnalysisRequest request, Map<String, FileStamp> stamps) {
    return analyze(request, stamps).result();
  }

  /**
   * The result, and whether the same inputs always give it: not when a file ran past the parse budget or
   * out of memory, which says as much about the run as about the file. Only a repeatable result may stand
   * for a later run with the same inputs.
   */
  public record Analyzed(AnalysisResult result, boolean repeatable) {}

  /** {@link #run(AnalysisRequest, Map)}, saying whether its result is repeatable. */
  public Analyzed analyze(AnalysisRequest request, Map<String, FileStamp> stamps) {
    try (ProjectHistory history = ProjectHistory.open(request.root(), request.history(), reading(request))) {
      SourceWalker.Walked walked = walk(history, request);
      List<SourceFile> sources = walked.files();
      history.start(sources);
      List<FileMeasurer.Measured> measured = measure(request, sources, stamps);
      List<FileMetrics> files = measured.stream().map(FileMeasurer.Measured::metrics).filter(Objects::nonNull).toList();
      ThresholdCheck.Checked checked = new ThresholdCheck(request.thresholds()).run(files);
      AnalysisResult result = AnalysisResult.of(ToolInfo.current(), request.root().toString(), files,
          checked.findings()).withSuppressed(checked.suppressed()).withThresholds(request.thresholds().inForce())
          .withSkipped(skipped(walked, measured));
      if (request.baseline() != null) {
        result = compareWithBaseline(result, request.baseline(), request.history().since() != null);
      }
      result = history.annotate(result, languages, request.encoding());
      boolean repeatable = measured.stream().allMatch(m -> m.outcome() == FileMeasurer.Outcome.REPEATABLE);
      return new Analyzed(withAdvice(request, result, history), repeatable);
    }
  }

  /**
   * Stage 5, on a pool of {@code threads} like the measuring: the recommendations, and the findings put in
   * the same order of what to do first.
   */
  private AnalysisResult withAdvice(AnalysisRequest request, AnalysisResult result, ProjectHistory history) {
    boolean countCommits = result.history() != null && result.history().sufficient();
    List<String> splittable = result.files().stream().filter(f -> Advice.maySplit(f, request.thresholds()))
        .map(FileMetrics::path).toList();
    Map<String, List<List<String>>> coChanges = history.memberChanges(splittable, languages, request.encoding());
    Advice advice = new Advice(request.thresholds(), hotspotsOf(result), countCommits,
        path -> coChanges.getOrDefault(path, List.of()));
    return result.withAdvice(advice.rankFindings(result.files(), result.findings()),
        inParallel(request.threads(), () -> advice.recommend(result.files(), result.findings())));
  }

  /**
   * A hash of everything {@link #run} would depend on for this request (see {@link RunFingerprint}): equal
   * fingerprints mean equal results. Costs a walk of the source roots and a read of every file, no parsing.
   */
  public String fingerprint(AnalysisRequest request) {
    return fingerprint(request, Map.of()).key();
  }

  /**
   * The fingerprint, reading only the files whose stamps ({@code known}, by path: those of the last run)
   * do not prove them unchanged; with the stamps to keep for the next run.
   */
  public Fingerprint fingerprint(AnalysisRequest request, Map<String, FileStamp> known) {
    try (ProjectHistory history = ProjectHistory.open(request.root(), request.history(), reading(request))) {
      List<SourceFile> sources = sources(history, request);
      List<RunFingerprint.FileContent> contents = inParallel(request.threads(), () -> sources.parallelStream()
          .map(file -> RunFingerprint.FileContent.of(file, known.get(file.relativePath()),
              request.limits().maxFileSize())).toList());
      Map<String, FileStamp> stamps = new TreeMap<>();
      contents.stream().filter(c -> c.stamp() != null).forEach(c -> stamps.put(c.path(), c.stamp()));
      return new Fingerprint(RunFingerprint.of(cacheFingerprint(request), request, history.state(), contents), stamps);
    }
  }

  /**
   * When {@code perf.includes} matched no file under the source roots, or {@code perf.excludes} left out every
   * one, the sentence that says so, naming the globs and the roots; empty otherwise, and always without globs.
   * A walk of the source roots as the run makes it (git's ignore rules included, so that globs selecting only
   * ignored files are told too), made only when there are globs; nothing is read.
   */
  public Optional<String> unmatchedGlobs(AnalysisRequest request) {
    if (request.includes().isEmpty() && request.excludes().isEmpty()) {
      return Optional.empty();
    }
    try (ProjectHistory history = ProjectHistory.open(request.root(), request.history(), reading(request))) {
      return walker(request, history.ignores()).find(request.sourceRoots()).unmatched();
    }
  }

  /** A run's fingerprint and the stamps of the files it read. */
  public record Fingerprint(String key, Map<String, FileStamp> sources) {}

  /**
   * How many bytes of source a run of {@code request} would parse: the files in scope that a parser reads,
   * within the size limit, but for the {@code known} paths (the cache has their metrics). A walk of the
   * source roots and a look at each file's size; nothing is read.
   */
  public long bytesToParse(AnalysisRequest request, Set<String> known) {
    FileMeasurer measurer = measurer(request, null, Map.of());
    try (ProjectHistory history = ProjectHistory.open(request.root(), request.history(), reading(request))) {
      return sources(history, request).stream().filter(file -> !known.contains(file.relativePath()))
          .mapToLong(measurer::bytesToParse).sum();
    }
  }

  /**
   * History is cached beside the metrics cache when there is one, and diffed on half the processors (at most
   * {@code threads}): the walk runs beside the analysis, and on 2 processors a second diff thread mostly made
   * the walk longer, not shorter (docs/performance.md).
   */
  private static ProjectHistory.Reading reading(AnalysisRequest request) {
    Path cache = request.cacheFile() == null ? null : request.cacheFile().resolveSibling(HISTORY_CACHE_FILE);
    int half = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    return new ProjectHistory.Reading(Math.min(request.threads(), half), cache);
  }

  /** The files history ranks as hotspots; advice raises their priority. Without history there are none. */
  private static Hotspots hotspotsOf(AnalysisResult result) {
    Set<String> hot = result.hotspots().stream().map(Hotspot::path).collect(Collectors.toSet());
    return hot::contains;
  }

  /** Stages 1 and 2 for every file, in parallel, through the cache when there is one. */
  private List<FileMeasurer.Measured> measure(AnalysisRequest request, List<SourceFile> sources,
      Map<String, FileStamp> stamps) {
    MetricsCache cache = request.cacheFile() == null ? null
        : MetricsCache.load(request.cacheFile(), cacheFingerprint(request));
    List<FileMeasurer.Measured> measured = measurer(request, cache, stamps).measureAll(sources, request.threads());
    if (cache != null) {
      cache.save();
    }
    return measured;
  }

  /** What the walk and the measuring left out, by path. */
  private static List<SkippedFile> skipped(SourceWalker.Walked walked, List<FileMeasurer.Measured> measured) {
    return Stream.concat(walked.skipped().stream(), measured.stream().map(FileMeasurer.Measured::skipped))
        .filter(Objects::nonNull).sorted(Comparator.comparing(SkippedFile::path)).toList();
  }

  private FileMeasurer measurer(AnalysisRequest request, MetricsCache cache, Map<String, FileStamp> stamps) {
    return new FileMeasurer(languages, new SourceReader(request.encoding()), cache, request.limits().maxFileSize(),
        new ParseBudget(request.limits().parseBudget()), stamps);
  }

  /**
   * Marks findings against the baseline. In pull-request mode only the changed files were analyzed, so the
   * baseline is narrowed to them: the others are not resolved, just not looked at.
   */
  private static AnalysisResult compareWithBaseline(AnalysisResult result, LoadedBaseline baseline,
      boolean changedFilesOnly) {
    Set<String> analyzed = result.files().stream().map(FileMetrics::path).collect(Collectors.toSet());
    BaselineComparison.Outcome outcome = BaselineComparison.compare(result.findings(),
        changedFilesOnly ? baseline.content().narrowedTo(analyzed) : baseline.content(), baseline.file());
    return result.withBaseline(outcome.findings(), outcome.summary());
  }

  /** The files under the source roots, narrowed by pull-request mode. */
  private static List<SourceFile> sources(ProjectHistory history, AnalysisRequest request) {
    return walk(history, request).files();
  }

  /**
   * The files under the source roots that git does not ignore, narrowed by pull-request mode, and the
   * entries the walk left out that the report lists.
   */
  private static SourceWalker.Walked walk(ProjectHistory history, AnalysisRequest request) {
    SourceWalker.Walked walked = walker(request, history.ignores()).find(request.sourceRoots());
    try {
      return new SourceWalker.Walked(history.scope(walked.files()), walked.skipped());
    } catch (UnknownRefException e) {
      throw new ConfigurationException("since", e.ref(),
          "a branch, tag or commit of the git repository that shares history with HEAD (" + e.getMessage() + ")");
    }
  }

  private static SourceWalker walker(AnalysisRequest request, Ignores ignores) {
    return new SourceWalker(request.root(), request.includes(), request.excludes(), request.followLinks(),
        request.neverEntered(), ignores);
  }

  /** What cached metrics depend on besides a file's bytes: the tool build, the languages and the encoding. */
  private String cacheFingerprint(AnalysisRequest request) {
    return ContentHash.build() + "|" + languages.names() + "|" + request.encoding().name();
  }

  /** Runs a parallel stream on a pool of its own, so {@code threads} bounds it; the stream keeps source order. */
  static <T> T inParallel(int threads, Callable<T> work) {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
