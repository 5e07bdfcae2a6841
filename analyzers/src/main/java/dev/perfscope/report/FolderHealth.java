package dev.perfscope.report;

import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Health;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The health of one folder with everything below it, for the HTML report's treemap: {@code path} relative to
 * the analysis root ({@code ""} for the root), {@code files} and {@code codeLines} count its scored files, and
 * {@code health} scores them together as {@link Health#overall} scores any set of files. Computed here, not in
 * the page's script, so the page shows the same score as every other report.
 */
record FolderHealth(String path, int files, long codeLines, Health health) {

  /** Every folder that holds a scored file, at any depth, by path. */
  static List<FolderHealth> of(List<FileMetrics> files) {
    Map<String, List<FileMetrics>> byFolder = new TreeMap<>();
    for (FileMetrics file : files) {
      if (file.health() == null) {
        continue;
      }
      byFolder.computeIfAbsent("", k -> new ArrayList<>()).add(file);
      for (int slash = file.path().indexOf('/'); slash >= 0; slash = file.path().indexOf('/', slash + 1)) {
        byFolder.computeIfAbsent(file.path().substring(0, slash), k -> new ArrayList<>()).add(file);
      }
    }
    List<FolderHealth> folders = new ArrayList<>(byFolder.size());
    byFolder.forEach((path, members) -> folders.add(new FolderHealth(path, members.size(),
        members.stream().mapToLong(FileMetrics::code).sum(), Health.overall(members))));
    return folders;
  }
}
