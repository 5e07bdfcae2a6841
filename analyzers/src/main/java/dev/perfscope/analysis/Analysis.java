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
import dev.perfscope.model.ChangeScope;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Hotspot;
import dev.perfscope.model.Recommendation;
import dev.perfscope.model.SkippedFile;
import dev.perfscope.sources.SourceFile;
import dev.perfscope.sources.SourceReader;
import dev.perfscope.sources.SourceWalker;
import dev.perfscope.threshold.ThresholdCheck;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.UnaryOperator;
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
   * The analysis, with {@code stamps} (by path, as the run's fingerprint just took them) that let the cache
   * answer for a file they prove unchanged without reading it again. Settings are named as in the core.
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

  /** {@link #run(AnalysisRequest, Map)}, saying whether its result is repeatable: one walk, one git open. */
  public Analyzed analyze(AnalysisRequest request, Map<String, FileStamp> stamps) {
    try (ProjectHistory history = openHistory(request)) {
      Selection selection = scope(history, walk(request, history, UnaryOperator.identity()));
      return analyze(request, selection, history, stamps);
    }
  }

  /**
   * The analysis of the files {@code selection} holds, with {@code history} (open on the request's root)
   * for each file's history, read beside the measuring, and the hotspots.
   */
  public Analyzed analyze(AnalysisRequest request, Selection selection, ProjectHistory history,
      Map<String, FileStamp> stamps) {
    List<SourceFile> sources = selection.files();
    history.start(sources);
    List<FileMeasurer.Measured> measured = measure(request, sources, stamps);
    List<FileMetrics> files = measured.stream().map(FileMeasurer.Measured::metrics).filter(Objects::nonNull).toList();
    ThresholdCheck.Checked checked = new ThresholdCheck(request.thresholds()).run(files);
    AnalysisResult result = AnalysisResult.of(ToolInfo.current(), request.root().toString(), files,
        checked.findings()).withSuppressed(checked.suppressed()).withThresholds(request.thresholds().inForce())
        .withSkipped(skipped(selection.skipped(), measured));
    if (request.baseline() != null) {
      result = compareWithBaseline(result, request.baseline(), request.history().since() != null);
    }
    result = history.annotate(result, languages, request.encoding());
    if (selection.sinceRef() != null) {
      result = result.withSince(new ChangeScope(selection.sinceRef(), selection.mergeBase(), result.files().size()));
    }
    boolean repeatable = measured.stream().allMatch(m -> m.outcome() == FileMeasurer.Outcome.REPEATABLE);
    return new Analyzed(withAdvice(request, result, history), repeatable);
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
    Advice advice = new Advice(request.thresholds(), hotspotsOf(result), countCommits, request.duplicates(),
        path -> coChanges.getOrDefault(path, List.of()));
    List<Recommendation> recommendations =
        inParallel(request.threads(), () -> advice.recommend(result.files(), result.findings()));
    return result.withAdvice(advice.rankFindings(result.files(), result.findings(), recommendations), recommendations);
  }

  /** Git's view of the request's root, read as the request says (its cache, its threads). */
  public static ProjectHistory openHistory(AnalysisRequest request) {
    return ProjectHistory.open(request.root(), request.history(), reading(request));
  }

  /**
   * The one walk of the source roots: the files git does not ignore, the entries the report lists as left
   * out, and whether the globs matched nothing (said naming the settings as {@code naming} does). Nothing is
   * read.
   */
  public static SourceWalker.Walked walk(AnalysisRequest request, ProjectHistory history,
      UnaryOperator<String> naming) {
    return new SourceWalker(request.root(), request.includes(), request.excludes(), request.followLinks(),
        request.neverEntered(), history.ignores()).naming(naming).find(request.sourceRoots());
  }

  /** The walked files narrowed by pull-request mode; a configuration error when its ref does not resolve. */
  public static Selection scope(ProjectHistory history, SourceWalker.Walked walked) {
    try {
      return new Selection(history.scope(walked.files()), walked.skipped(), history.sinceRef(), history.mergeBase());
    } catch (UnknownRefException e) {
      throw new ConfigurationException("since", e.ref(),
          "a branch, tag or commit of the git repository that shares history with HEAD (" + e.getMessage() + ")");
    }
  }

  /**
   * How many bytes of source analyzing {@code files} would parse: those a parser reads, within the size
   * limit. A look at each file's size; nothing is read.
   */
  public long bytesToParse(AnalysisRequest request, List<SourceFile> files) {
    FileMeasurer measurer = measurer(request, null, Map.of());
    return files.stream().mapToLong(measurer::bytesToParse).sum();
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
  private static List<SkippedFile> skipped(List<SkippedFile> walked, List<FileMeasurer.Measured> measured) {
    return Stream.concat(walked.stream(), measured.stream().map(FileMeasurer.Measured::skipped))
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

  /** What cached metrics depend on besides a file's bytes: the tool build, the languages and the encoding. */
  public String cacheFingerprint(AnalysisRequest request) {
    return ContentHash.build() + "|" + languages.names() + "|" + request.encoding().name();
  }

  /** Runs a parallel stream on a pool of its own, so {@code threads} bounds it; the stream keeps source order. */
  public static <T> T inParallel(int threads, Callable<T> work) {
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
