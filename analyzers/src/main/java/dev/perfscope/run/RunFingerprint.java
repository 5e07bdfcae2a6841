package dev.perfscope.run;

import dev.perfscope.analysis.Analysis;
import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.cache.FileStamp;
import dev.perfscope.infra.ContentHash;
import dev.perfscope.sources.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a result depends on, hashed: the tool build, the languages, the request but for its thread
 * count (results are the same on any number of threads), the git state, and every file in scope by path
 * and content. Two runs with one fingerprint compute the same result, so the second may reuse the first's.
 */
final class RunFingerprint {
  private RunFingerprint() {}

  /** A run's fingerprint and the stamps of the files it read. */
  record Taken(String key, Map<String, FileStamp> sources) {}

  /**
   * The fingerprint of analyzing {@code files} (as the run walked them) with {@code request} in git state
   * {@code gitState}, reading only the files whose stamps ({@code known}, by path: those of the last run) do
   * not prove them unchanged; with the stamps to keep for the next run. No parsing.
   */
  static Taken take(Analysis analysis, AnalysisRequest request, List<SourceFile> files, String gitState,
      Map<String, FileStamp> known) {
    List<FileContent> contents = Analysis.inParallel(request.threads(), () -> files.parallelStream()
        .map(file -> FileContent.of(file, known.get(file.relativePath()), request.limits().maxFileSize()))
        .toList());
    Map<String, FileStamp> stamps = new TreeMap<>();
    contents.stream().filter(c -> c.stamp() != null).forEach(c -> stamps.put(c.path(), c.stamp()));
    return new Taken(of(analysis.cacheFingerprint(request), request, gitState, contents), stamps);
  }

  static String of(String tool, AnalysisRequest request, String gitState, List<FileContent> files) {
    StringBuilder all = new StringBuilder(64 * (files.size() + 8));
    all.append(tool).append('\n')
        .append(request.withExecution(1, request.cacheFile())).append('\n')
        .append(gitState).append('\n');
    for (FileContent file : files) {
      all.append(file.path()).append(' ').append(file.hash()).append('\n');
    }
    return ContentHash.of(all.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * One file in scope: its report path and the hash of its bytes ("unreadable: ..." when it cannot be read),
   * with the stamp the hash came from (null when unreadable).
   */
  record FileContent(String path, String hash, FileStamp stamp) {
    /**
     * The file's content, hashed unless {@code previous} proves it unchanged since, or it is over
     * {@code maxFileSize}: an analysis never reads such a file whole, and neither does its fingerprint.
     */
    static FileContent of(SourceFile file, FileStamp previous, long maxFileSize) {
      try {
        FileStamp stamp = FileStamp.of(file.file(), previous, maxFileSize);
        return new FileContent(file.relativePath(), stamp.hash(), stamp);
      } catch (IOException e) {
        return new FileContent(file.relativePath(), "unreadable: " + e.getMessage(), null);
      }
    }
  }
}
