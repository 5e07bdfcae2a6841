package dev.perfscope.analysis;

import dev.perfscope.infra.ContentHash;
import dev.perfscope.cache.FileStamp;
import dev.perfscope.sources.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Everything a result depends on, hashed: the tool build, the languages, the request but for its thread
 * count (results are the same on any number of threads), the git state, and every file in scope by path
 * and content. Two runs with one fingerprint compute the same result, so the second may reuse the first's.
 */
final class RunFingerprint {
  private RunFingerprint() {}

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
