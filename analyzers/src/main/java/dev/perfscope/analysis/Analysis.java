package dev.perfscope.analysis;

import dev.perfscope.history.ProjectHistory;
import dev.perfscope.history.UnknownRefException;
import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.Languages;
import dev.perfscope.lang.SourceText;
import dev.perfscope.model.AnalysisResult;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.LineCounts;
import dev.perfscope.model.Problem;
import dev.perfscope.model.SourceMetrics;
import dev.perfscope.sources.SourceFile;
import dev.perfscope.sources.SourceReader;
import dev.perfscope.sources.SourceWalker;
import dev.perfscope.threshold.ThresholdCheck;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    SourceWalker walker = new SourceWalker(request.root(), request.includes(), request.excludes());
    SourceReader reader = new SourceReader(request.encoding());
    try (ProjectHistory history = ProjectHistory.open(request.root(), request.history())) {
      List<SourceFile> sources = scope(history, walker.walk(request.sourceRoots()));
      history.start(sources);
      List<FileMetrics> files = new ArrayList<>();
      for (SourceFile file : sources) {
        analyze(file, reader).ifPresent(files::add);
      }
      List<Finding> findings = new ThresholdCheck(request.thresholds()).check(files);
      AnalysisResult result = AnalysisResult.of(ToolInfo.current(), request.root().toString(), files, findings);
      return history.annotate(result, languages, request.encoding());
    }
  }

  private static List<SourceFile> scope(ProjectHistory history, List<SourceFile> files) {
    try {
      return history.scope(files);
    } catch (UnknownRefException e) {
      throw new ConfigurationException("perf.since", e.ref(),
          "a branch, tag or commit of the git repository that shares history with HEAD (" + e.getMessage() + ")");
    }
  }

  private Optional<FileMetrics> analyze(SourceFile file, SourceReader reader) {
    LanguageAnalyzer language = languages.forFile(file.relativePath());
    Optional<SourceReader.DecodedText> decoded;
    try {
      decoded = reader.read(file);
    } catch (IOException e) {
      Problem unreadable = new Problem(1, 1, "cannot read file: " + e.getMessage());
      return Optional.of(FileMetrics.of(file.relativePath(), language.name(),
          SourceMetrics.linesOnly(LineCounts.EMPTY, unreadable), null));
    }
    return decoded.map(text -> measure(file, language, text));
  }

  private FileMetrics measure(SourceFile file, LanguageAnalyzer language, SourceReader.DecodedText text) {
    SourceText source = new SourceText(text.text());
    SourceMetrics metrics;
    try {
      metrics = language.analyze(source);
    } catch (RuntimeException | StackOverflowError e) {
      // An analyzer bug must not cost the file: count its lines and say what failed.
      Problem failure = new Problem(1, 1, "analyzer failed: " + e);
      metrics = SourceMetrics.linesOnly(languages.text().analyze(source).lines(), failure);
    }
    return FileMetrics.of(file.relativePath(), language.name(), metrics, text.decodeError());
  }
}
