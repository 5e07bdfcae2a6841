package dev.perfscope.advice;

import dev.perfscope.lang.ModuleFile;
import dev.perfscope.model.FileMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many other analyzed files depend on each file: the files whose {@code uses} name one of the types it
 * {@code declares} (Java), or its module (Python: {@link dev.perfscope.lang.ModuleFile#names}). A name is tried in full, then without its last part, and so on ({@code a.b.C.m} is the
 * member {@code m} of type {@code a.b.C}; {@code textual.app.App} is the name {@code App} of module
 * {@code textual.app}), and counts only when it names exactly one file. A Python module is named by any tail
 * of its path ({@code src/textual/app.py} is {@code app}, {@code textual.app} and {@code src.textual.app}); a
 * relative import is resolved against the importing module's package first.
 */
final class Dependents {
  private final Map<String, Set<String>> byName = new HashMap<>();

  Dependents(List<FileMetrics> files) {
    for (FileMetrics file : files) {
      file.structure().declares().forEach(name -> name(name, file.path()));
      List<String> module = Modules.of(file.path()).map(ModuleFile::names).orElse(List.of());
      for (int i = 0; i < module.size(); i++) {
        name(String.join(".", module.subList(i, module.size())), file.path());
      }
    }
  }

  /** Per path, the number of other files that depend on it; files nothing depends on are left out. */
  static Map<String, Integer> count(List<FileMetrics> files) {
    Map<String, Set<String>> dependents = new HashMap<>();
    dependencies(files).forEach((from, targets) -> targets.forEach(
        target -> dependents.computeIfAbsent(target, k -> new HashSet<>()).add(from)));
    Map<String, Integer> counts = new HashMap<>();
    dependents.forEach((path, from) -> counts.put(path, from.size()));
    return counts;
  }

  /** Per path, the other analyzed files it depends on; files depending on none are left out. */
  static Map<String, Set<String>> dependencies(List<FileMetrics> files) {
    Dependents index = new Dependents(files);
    Map<String, Set<String>> dependencies = new HashMap<>();
    for (FileMetrics file : files) {
      for (String used : file.structure().uses()) {
        String target = index.resolve(file.path(), used);
        if (target != null && !target.equals(file.path())) {
          dependencies.computeIfAbsent(file.path(), k -> new HashSet<>()).add(target);
        }
      }
    }
    return dependencies;
  }

  private void name(String name, String path) {
    byName.computeIfAbsent(name, k -> new HashSet<>()).add(path);
  }

  /** The one file {@code used} names, seen from {@code path}; null when none or several. */
  private String resolve(String path, String used) {
    Target target = target(path, used);
    return target == null ? null : target.path();
  }

  /**
   * A file that a name resolves to, and the name after the file's own: {@code m} of {@code a.b.C.m} (a static
   * import), {@code App} of {@code textual.app.App} (a name imported from a module).
   */
  record Target(String path, String member) {}

  /**
   * The one file {@code used} names, seen from {@code path}, with the first name after the file's own (empty when
   * none); null when none or several.
   */
  Target target(String path, String used) {
    String name = withoutTrailingDots(absolute(path, used));
    if (name == null) {
      return null;
    }
    // each shorter name ends at the last dot of the one before: a Kotlin file uses each bare name once per star
    // import, each tries several heads, and a split and a join per head were most of the advice's cpu
    for (int end = name.length(); end >= 0; end = end == 0 ? -1 : name.lastIndexOf('.', end - 1)) {
      Set<String> found = byName.get(name.substring(0, end));
      if (found != null) {
        return found.size() == 1 ? new Target(found.iterator().next(), nextName(name, end)) : null;
      }
    }
    return null;
  }

  /** {@code name} without the dots it ends with, as a split by dots leaves them; null when it is nothing but dots. */
  private static String withoutTrailingDots(String name) {
    int length = name.length();
    while (length > 0 && name.charAt(length - 1) == '.') {
      length--;
    }
    return length == 0 && !name.isEmpty() ? null : name.substring(0, length);
  }

  /** The name after the dot at {@code end} of {@code name}, up to the next dot; empty at its end. */
  private static String nextName(String name, int end) {
    if (end >= name.length()) {
      return "";
    }
    int next = name.indexOf('.', end + 1);
    return name.substring(end + 1, next < 0 ? name.length() : next);
  }

  /**
   * A relative Python import made absolute against the importing module's package, as a path of names:
   * {@code ..app.App} from {@code src/textual/widgets/_button.py} is {@code src.textual.app.App}.
   */
  private static String absolute(String path, String used) {
    if (!used.startsWith(".")) {
      return used;
    }
    int dots = 0;
    while (dots < used.length() && used.charAt(dots) == '.') {
      dots++;
    }
    List<String> folders = new ArrayList<>(Arrays.asList(path.split("/")));
    folders.remove(folders.size() - 1); // the module's package: the folder it is in
    for (int up = 1; up < dots && !folders.isEmpty(); up++) {
      folders.remove(folders.size() - 1);
    }
    String rest = used.substring(dots);
    return String.join(".", folders) + (rest.isEmpty() || folders.isEmpty() ? rest : "." + rest);
  }
}
