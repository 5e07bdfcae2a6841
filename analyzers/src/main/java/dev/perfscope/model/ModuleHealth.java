package dev.perfscope.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The health of one module of a tree: {@code name} is a folder relative to the analysis root ({@code .} for
 * the root), {@code files} and {@code codeLines} count its scored files. The modules are the folders where the
 * tree splits: each subfolder of the deepest folder holding every scored file is a module, and so are the
 * files directly in it; a module with more than half of all code lines is split the same way, until none is
 * (see docs/health-score.md). In {@code com/acme/{billing,shop}}, the modules are {@code com/acme/billing}
 * and {@code com/acme/shop}.
 */
public record ModuleHealth(String name, int files, long codeLines, Health health) {
  /** Worst first; equal scores by name. */
  public static final Comparator<ModuleHealth> WORST_FIRST =
      Comparator.comparingInt((ModuleHealth m) -> m.health().score()).thenComparing(ModuleHealth::name);

  /** The modules of one tree whose files carry their health (as in an {@link AnalysisResult}), worst first. */
  public static List<ModuleHealth> of(List<FileMetrics> files) {
    List<FileMetrics> scored = files.stream().filter(f -> f.health() != null).toList();
    long total = code(scored);
    Map<List<String>, List<FileMetrics>> modules = split(scored, commonFolder(scored));
    while (!modules.isEmpty()) {
      List<String> largest = modules.keySet().stream()
          .max(Comparator.comparingLong((List<String> k) -> code(modules.get(k)))).orElseThrow();
      List<FileMetrics> members = modules.get(largest);
      if (2 * code(members) <= total || members.stream().allMatch(f -> Folders.of(f.path()).equals(largest))) {
        break;
      }
      modules.remove(largest);
      modules.putAll(split(members, largest));
    }
    List<ModuleHealth> healths = new ArrayList<>();
    modules.forEach((folder, members) -> healths.add(new ModuleHealth(folder.isEmpty() ? "." : String.join("/", folder),
        members.size(), code(members), Health.overall(members))));
    healths.sort(WORST_FIRST);
    return healths;
  }

  /** The files below folder {@code top} by module: each subfolder of {@code top}, and {@code top} for its own files. */
  private static Map<List<String>, List<FileMetrics>> split(List<FileMetrics> files, List<String> top) {
    Map<List<String>, List<FileMetrics>> modules = new TreeMap<>(Comparator.comparing(k -> String.join("/", k)));
    for (FileMetrics file : files) {
      List<String> folders = Folders.of(file.path());
      List<String> module = folders.size() > top.size() ? folders.subList(0, top.size() + 1) : top;
      modules.computeIfAbsent(List.copyOf(module), k -> new ArrayList<>()).add(file);
    }
    return modules;
  }

  /** The module of the file at {@code path} among {@code files}. */
  static String moduleOf(String path, List<FileMetrics> files) {
    return of(files).stream().filter(m -> m.name().equals(".") || path.startsWith(m.name() + "/"))
        .max(Comparator.comparingInt(m -> m.name().length())).map(ModuleHealth::name).orElseThrow();
  }

  /** The deepest folder that holds every file, as its path's segments (empty: the root). */
  static List<String> commonFolder(List<FileMetrics> files) {
    return Folders.common(files.stream().map(FileMetrics::path).toList());
  }

  private static long code(List<FileMetrics> files) {
    return files.stream().mapToLong(FileMetrics::code).sum();
  }
}
