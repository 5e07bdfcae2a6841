package dev.perfscope.analysis;

import dev.perfscope.advice.Advice;
import dev.perfscope.advice.Hotspots;
import dev.perfscope.baseline.BaselineComparison;
import dev.perfscope.baseline.LoadedBaseline;
import dev.perfscope.cache.ContentHash;
import dev.perfscope.cache.FileStamp;
import dev.perfscope.cache.MetricsCache;
import dev.perfscope.history.ProjectHistory;
import dev.perfscope.history.UnknownRefException;
import dev.perfscope.lang.Languages;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Hotspot;
import dev.perfscope.sources.SourceFile;
import dev.perfscope.sources.SourceReader;
import dev.perfscope.sources.SourceWalker;
import dev.perfscope.threshold.ThresholdCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The pipeline: request in, result out. One file's trouble is reported on that file and never stops the rest. */
public final class Analysis {
  /** Each commit's changes, kept between runs next to the metrics cache. */
  public static final String HISTORY_CACHE_FILE = "perf-history-cache.json.gz";

  private final Languages languages;
  private final ForkedMeasuring worker; // null: always measure in this JVM

  private Analysis(Languages languages, ForkedMeasuring worker) {
    this.languages = languages;
    this.worker = worker;
  }

  public Analysis(Languages languages) {
    this(languages, null);
  }

  public Analysis() {
    this(Languages.standard());
  }

  /**
   * An analysis that measures in a worker JVM when {@code mode} says so; the worker measures with the standard
   * languages, so this is for those only. {@code info} hears what the worker did, {@code warning} why it could
   * not (its files are then measured in this JVM). With {@code never}, files are measured as by {@link
   * #Analysis()}: nothing is read ahead for a worker that will not be started.
   */
  public static Analysis forking(WorkerJvm jvm, ForkMode mode, Consumer<String> info, Consumer<String> warning) {
    return new Analysis(Languages.standard(),
        mode == ForkMode.NEVER ? null : new ForkedMeasuring(jvm, mode, info, warning));
  }

  public AnalysisResult run(AnalysisRequest request) {
    return run(request, Map.of());
  }

  /**
   * The analysis, with {@code stamps} (by path, as {@link #fingerprint(AnalysisRequest, Map)} just took them)
   * that let the cache answer for a file they prove unchanged without reading it again.
   */
  public AnalysisResult run(AnalysisRequest request, Map<String, FileStamp> stamps) {
    try (ProjectHistory history = ProjectHistory.open(request.root(), request.history(), reading(request))) {
      List<SourceFile> sources = sources(history, request);
      history.start(sources);
      List<FileMetrics> files = measure(request, sources, stamps);
      ThresholdCheck.Checked checked = new ThresholdCheck(request.thresholds()).run(files);
      AnalysisResult result = AnalysisResult.of(ToolInfo.current(), request.root().toString(), files,
          checked.findings()).withSuppressed(checked.suppressed()).withThresholds(request.thresholds().inForce());
      if (request.baseline() != null) {
        result = compareWithBaseline(result, request.baseline(), request.history().since() != null);
      }
      result = history.annotate(result, languages, request.encoding());
      return withAdvice(request, result);
    }
  }

  /** Stage 5, on a pool of {@code threads} like the measuring. */
  private static AnalysisResult withAdvice(AnalysisRequest request, AnalysisResult result) {
    Advice advice = new Advice(request.thresholds(), hotspotsOf(result));
    return result.withRecommendations(
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
          .map(file -> RunFingerprint.FileContent.of(file, known.get(file.relativePath()))).toList());
      Map<String, FileStamp> stamps = new TreeMap<>();
      contents.stream().filter(c -> c.stamp() != null).forEach(c -> stamps.put(c.path(), c.stamp()));
      return new Fingerprint(RunFingerprint.of(cacheFingerprint(request), request, history.state(), contents), stamps);
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
    try (ProjectHistory history = ProjectHistory.open(request.root(), request.history(), reading(request))) {
      return sources(history, request).stream().filter(file -> !known.contains(file.relativePath()))
          .filter(file -> languages.forFile(file.relativePath()) != languages.text())
          .mapToLong(file -> sizeOf(file.file())).filter(size -> size <= request.limits().maxFileSize()).sum();
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // measuring it will say it cannot be read
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
  private List<FileMetrics> measure(AnalysisRequest request, List<SourceFile> sources,
      Map<String, FileStamp> stamps) {
    MetricsCache cache = request.cacheFile() == null ? null
        : MetricsCache.load(request.cacheFile(), cacheFingerprint(request));
    FileMeasurer measurer = new FileMeasurer(languages, new SourceReader(request.encoding()), cache,
        request.limits().maxFileSize(), new ParseBudget(request.limits().parseBudget()), stamps);
    List<FileMetrics> files = worker == null ? metricsOf(measurer.measureAll(sources, request.threads(), false))
        : measureForking(request, sources, measurer, cache);
    if (cache != null) {
      cache.save();
    }
    return files;
  }

  /**
   * First what the cache has, reading and hashing only the files it has an entry for (none on a first run);
   * the other files a parser reads, within the size limit, go to a worker JVM if they are worth one (it sets
   * a binary file aside as this JVM would), and whatever the worker did not send back, plain text and files
   * over the size limit included, is measured here. The results are the same either way, in source order;
   * what the worker measured is cached under the hash of the bytes it read.
   */
  private List<FileMetrics> measureForking(AnalysisRequest request, List<SourceFile> sources,
      FileMeasurer measurer, MetricsCache cache) {
    List<Optional<FileMeasurer.Measured>> known = inParallel(request.threads(), () -> sources.parallelStream()
        .map(file -> cache != null && cache.knows(file.relativePath()) ? measurer.withoutParsing(file)
            : Optional.<FileMeasurer.Measured>empty())
        .toList());
    List<SourceFile> toParse = IntStream.range(0, sources.size()).filter(i -> known.get(i).isEmpty())
        .mapToObj(sources::get).filter(measurer::parses).toList();
    Map<String, FileMeasurer.Measured> forked = !worker.worthIt(toParse) ? Map.of()
        : worker.measure(new MeasuringWorker.Job(toParse, request.encoding().name(), request.limits().maxFileSize(),
            request.limits().parseBudget().toMillis(), request.threads(), cache != null));
    List<SourceFile> notForked = IntStream.range(0, sources.size())
        .filter(i -> known.get(i).isEmpty() && !forked.containsKey(sources.get(i).relativePath()))
        .mapToObj(sources::get).toList();
    Iterator<FileMeasurer.Measured> here = measurer.measureAll(notForked, request.threads(), false).iterator();
    List<FileMeasurer.Measured> measured = new ArrayList<>(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      FileMeasurer.Measured fromWorker = forked.get(sources.get(i).relativePath());
      measured.add(known.get(i).orElseGet(() -> fromWorker != null ? measurer.remember(fromWorker) : here.next()));
    }
    return metricsOf(measured);
  }

  /** The metrics measured, in order, binary files left out. */
  private static List<FileMetrics> metricsOf(List<FileMeasurer.Measured> measured) {
    return measured.stream().map(FileMeasurer.Measured::metrics).filter(Objects::nonNull).toList();
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
    List<SourceFile> files = new SourceWalker(request.root(), request.includes(), request.excludes(),
        request.followLinks()).walk(request.sourceRoots());
    try {
      return history.scope(files);
    } catch (UnknownRefException e) {
      throw new ConfigurationException("perf.since", e.ref(),
          "a branch, tag or commit of the git repository that shares history with HEAD (" + e.getMessage() + ")");
    }
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
