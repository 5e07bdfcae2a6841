package dev.perfscope.advice;

import dev.perfscope.duplicates.CloneClass;
import dev.perfscope.model.DeprecatedFiles;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Folders;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Member;
import dev.perfscope.model.Plan.Copy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where code shared by several files should live. An existing module, when one is imported by (or is) more than
 * half of the copies' files, at least one of which imports it; holds one of the copies already or says in its
 * name that it holds shared code ({@code util}, {@code helper}, {@code support}, {@code common},
 * {@code shared}, {@code tools}) or a base class ({@code Abstract...}, {@code base...}): the standard library
 * module or the exception type every copy imports is no home for them; and is not imported almost everywhere
 * (by more than {@value #UBIQUITOUS_SHARE_PERCENT}% of the files and more than {@value #UBIQUITOUS_MIN} of them:
 * that is a core type such as {@code String} or a module such as {@code os}); the most-imported first, then
 * the one sharing the most folders with the copies, then by path. Otherwise a new module in the copies' deepest common folder, named from the copies'
 * vocabulary: the word (see {@link PartNames}) found in the names of the functions the most copies overlap,
 * else of the members they overlap, never one that names nothing: {@code header_utils.py},
 * {@code HeaderUtils.java}, {@code header-utils.js} ({@link dev.perfscope.lang.ModuleFile#siblingFile});
 * {@code shared} when no word stands out.
 */
final class SharedHomes {
  static final int UBIQUITOUS_SHARE_PERCENT = 5;
  static final int UBIQUITOUS_MIN = 10;
  private static final Pattern SHARING = Pattern.compile("(?i)util|helper|support|common|shared|tools|^abstract|^_?base");

  /**
   * A proposed home: its path, whether the module is already there, and the files whose copies are in
   * deprecated code (empty unless the home is then the file of a copy that is not).
   */
  record Home(String path, boolean exists, List<String> deprecated) {
    Home(String path, boolean exists) {
      this(path, exists, List.of());
    }
  }

  private final Map<String, FileMetrics> byPath = new HashMap<>();
  private final Map<String, Set<String>> dependencies;
  private final Map<String, Integer> dependents;
  private final int ubiquitous;
  private final DeprecatedFiles deprecatedFiles;

  SharedHomes(List<FileMetrics> files) {
    files.forEach(file -> byPath.putIfAbsent(file.path(), file));
    deprecatedFiles = DeprecatedFiles.of(files);
    dependencies = Dependents.dependencies(files);
    dependents = Dependents.count(files);
    ubiquitous = Math.max(UBIQUITOUS_MIN, files.size() * UBIQUITOUS_SHARE_PERCENT / 100);
  }

  /**
   * The home of the copies, or none when every copy is in deprecated code: the copies go with that code, and no
   * one should share them first.
   */
  Optional<Home> of(CloneClass clone) {
    List<String> paths = clone.paths();
    Map<Boolean, List<Copy>> byDeprecation = clone.copies().stream()
        .collect(Collectors.partitioningBy(this::inDeprecatedCode));
    List<Copy> current = byDeprecation.get(false);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    if (!byDeprecation.get(true).isEmpty()) { // the deprecated copies go away; until then they can call this one
      return Optional.of(new Home(current.get(0).path(), true,
          byDeprecation.get(true).stream().map(Copy::path).distinct().toList()));
    }
    String existing = existing(paths);
    if (existing != null) {
      return Optional.of(new Home(existing, true));
    }
    String path = newModule(commonFolder(paths), word(clone), paths.get(0));
    return Optional.of(new Home(path, byPath.containsKey(path)));
  }

  /**
   * Whether the copy is in deprecated code: in a deprecated file ({@link DeprecatedFiles}), or in a deprecated
   * member of its file (Java's {@code @Deprecated}, on it or its class).
   */
  private boolean inDeprecatedCode(Copy copy) {
    if (deprecatedFiles.contains(copy.path())) {
      return true;
    }
    FileMetrics file = byPath.get(copy.path());
    return file != null && file.structure().members().stream().anyMatch(
        m -> m.deprecated() && m.startLine() <= copy.line() && copy.endLine() <= m.endLine());
  }

  /** The module imported by or being most of {@code paths}, imported by one at least; null if none. */
  private String existing(List<String> paths) {
    Map<String, Integer> support = new TreeMap<>();
    Set<String> imported = new HashSet<>();
    for (String path : paths) {
      Set<String> targets = new HashSet<>(dependencies.getOrDefault(path, Set.of()));
      imported.addAll(targets);
      targets.add(path);
      targets.forEach(target -> support.merge(target, 1, Integer::sum));
    }
    String common = commonFolder(paths);
    String best = null;
    for (Map.Entry<String, Integer> candidate : support.entrySet()) {
      String path = candidate.getKey();
      boolean fits = 2 * candidate.getValue() > paths.size() && imported.contains(path) && canHold(path, paths);
      if (fits && (best == null || candidate.getValue() > support.get(best)
          || candidate.getValue().equals(support.get(best)) && closeness(path, common) > closeness(best, common))) {
        best = path;
      }
    }
    return best;
  }

  /** How many folders {@code path} shares with {@code folder}, from the root: the nearer home wins a tie. */
  private static int closeness(String path, String folder) {
    String shared = commonFolder(List.of(path, folder + "/x"));
    return shared.isEmpty() ? 0 : shared.split("/").length;
  }

  /** Whether {@code path} may hold the code of copies in {@code paths} (majority and import aside). */
  private boolean canHold(String path, List<String> paths) {
    return dependents.getOrDefault(path, 0) <= ubiquitous && extension(path).equals(extension(paths.get(0)))
        && (paths.contains(path) || namedForSharing(path));
  }

  /**
   * A file whose name says it holds shared code: {@code IPAddressUtil.java}, {@code script_helper.py}, or is
   * a base class's: {@code AbstractPipeline.java}, {@code base_events.py}.
   */
  private static boolean namedForSharing(String path) {
    return SHARING.matcher(path.substring(path.lastIndexOf('/') + 1)).find();
  }

  /** The word most copies' functions share, else their members', else {@code shared}. */
  private String word(CloneClass clone) {
    String fromFunctions = dominant(clone, (file, copy) -> file.functions().stream()
        .filter(f -> f.line() <= copy.endLine() && f.endLine() >= copy.line()).map(FunctionMetrics::name).toList());
    if (fromFunctions != null) {
      return fromFunctions;
    }
    String fromMembers = dominant(clone, (file, copy) -> file.structure().members().stream()
        .filter(m -> m.startLine() <= copy.endLine() && m.endLine() >= copy.line()).map(Member::name).toList());
    return fromMembers != null ? fromMembers : "shared";
  }

  private interface Names {
    List<String> of(FileMetrics file, Copy copy);
  }

  /** The word in the names of the most copies (each copy counts a word once), ties alphabetically; null if none. */
  private String dominant(CloneClass clone, Names names) {
    Map<String, Integer> copiesWith = new TreeMap<>();
    for (Copy copy : clone.copies()) {
      FileMetrics file = byPath.get(copy.path());
      if (file == null) {
        continue;
      }
      Set<String> words = new HashSet<>();
      names.of(file, copy).forEach(name -> PartNames.wordsOf(name).stream()
          .filter(w -> !PartNames.namesNothing(w) && w.chars().allMatch(Character::isLetter)).forEach(words::add));
      words.forEach(w -> copiesWith.merge(w, 1, Integer::sum));
    }
    return copiesWith.entrySet().stream().max((a, b) -> a.getValue().equals(b.getValue())
        ? b.getKey().compareTo(a.getKey()) : Integer.compare(a.getValue(), b.getValue()))
        .map(Map.Entry::getKey).orElse(null);
  }

  /** A new module in {@code folder} for code copied in files like {@code sample}, named as its language names them. */
  private static String newModule(String folder, String word, String sample) {
    String extension = extension(sample);
    String name = extension.equals(".java") ? PartNames.capitalized(word) + "Utils" + extension
        : Modules.of(sample).map(m -> m.siblingFile(word + "_utils")).orElse(word + "_utils" + extension);
    return folder.isEmpty() ? name : folder + "/" + name;
  }

  /** The deepest folder holding all {@code paths} ("" for the root). */
  static String commonFolder(List<String> paths) {
    return String.join("/", Folders.common(paths));
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot > path.lastIndexOf('/') ? path.substring(dot) : "";
  }
}
