package dev.perfscope.analysis;

import dev.perfscope.advice.Advice;
import dev.perfscope.baseline.BaselineComparison;
import dev.perfscope.cache.ContentHash;
import dev.perfscope.cache.MetricsCache;
import dev.perfscope.lang.Languages;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.sources.SourceFile;
import dev.perfscope.sources.SourceReader;
import dev.perfscope.sources.SourceWalker;
import dev.perfscope.threshold.ThresholdCheck;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/** The pipeline: request in, result out. One file's trouble is reported on that file and never stops the rest. */
public final class Analysis {
  private final Languages languages;

  public Analysis(Languages languages) {
    this.languages = languages;
  }

  public Analysis() {
    this(Languages.standard());
  }

  public AnalysisResult run(AnalysisRequest request) {
    List<SourceFile> sources = new SourceWalker(request.root(), request.includes(), request.excludes())
        .walk(request.sourceRoots());
    MetricsCache cache = request.cacheFile() == null ? null
        : MetricsCache.load(request.cacheFile(), fingerprint(request));
    FileMeasurer measurer = new FileMeasurer(languages, new SourceReader(request.encoding()), cache);
    List<FileMetrics> files = inParallel(request.threads(), () -> sources.parallelStream()
        .map(measurer::measure).flatMap(Optional::stream).toList());
    if (cache != null) {
      cache.save();
    }
    ThresholdCheck.Checked checked = new ThresholdCheck(request.thresholds()).run(files);
    AnalysisResult result = AnalysisResult.of(ToolInfo.current(), request.root().toString(), files,
        checked.findings()).withSuppressed(checked.suppressed()).withThresholds(request.thresholds().inForce())
        .withRecommendations(new Advice(request.thresholds()).recommend(files, checked.findings()));
    if (request.baseline() == null) {
      return result;
    }
    BaselineComparison.Outcome outcome =
        BaselineComparison.compare(checked.findings(), request.baseline().content(), request.baseline().file());
    return result.withBaseline(outcome.findings(), outcome.summary());
  }

  /** What cached metrics depend on besides a file's bytes: the tool build, the languages and the encoding. */
  private String fingerprint(AnalysisRequest request) {
    return ContentHash.build() + "|" + languages.names() + "|" + request.encoding().name();
  }

  /** Runs a parallel stream on a pool of its own, so {@code threads} bounds it; the stream keeps source order. */
  private static <T> T inParallel(int threads, Callable<T> work) {
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
