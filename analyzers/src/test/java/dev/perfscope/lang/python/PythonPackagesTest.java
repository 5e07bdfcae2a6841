package dev.perfscope.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Python's stages import only the stages before them, read from the sources' imports: parser, then syntax and
 * metrics, then structure, then the analyzer; and the rest of Perfscope knows only {@link PythonAnalyzer}.
 */
class PythonPackagesTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/perfscope");
  private static final Path PYTHON = SOURCES.resolve("lang/python");
  private static final Pattern IMPORT = Pattern.compile("^import dev\\.perfscope\\.lang\\.python\\.([\\w.]+);",
      Pattern.MULTILINE);
  /** Each package (the analyzer's is "") and the packages it may import. */
  private static final Map<String, Set<String>> MAY_IMPORT = Map.of(
      "parser", Set.of(),
      "syntax", Set.of("parser"),
      "metrics", Set.of("parser"),
      "structure", Set.of("parser", "metrics"),
      "", Set.of("parser", "syntax", "metrics", "structure"));

  @Test
  void eachStageImportsOnlyTheStagesBeforeIt() throws IOException {
    Map<String, Set<String>> imported = new TreeMap<>();
    for (Path file : javaFiles(PYTHON)) {
      String own = packageOf(PYTHON.relativize(file.getParent()).toString());
      Set<String> packages = imported.computeIfAbsent(own, k -> new TreeSet<>());
      for (String name : importsOf(file)) {
        String target = packageOf(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
        if (!target.equals(own)) {
          packages.add(target);
        }
      }
    }
    assertThat(imported.keySet()).containsExactlyInAnyOrderElementsOf(MAY_IMPORT.keySet());
    imported.forEach((own, packages) -> assertThat(packages).as("imports of lang.python." + own)
        .isSubsetOf(MAY_IMPORT.get(own)));
  }

  @Test
  void theRestOfPerfscopeSeesOnlyTheAnalyzer() throws IOException {
    Set<String> seen = new TreeSet<>();
    for (Path file : javaFiles(SOURCES)) {
      if (!file.startsWith(PYTHON)) {
        seen.addAll(importsOf(file));
      }
    }
    assertThat(seen).containsExactly("PythonAnalyzer");
  }

  /** The sub-package a folder or an imported name is in: its first part; "" for the analyzer's, a class. */
  private static String packageOf(String path) {
    String first = path.replace('\\', '/').split("[/.]")[0];
    return first.isEmpty() || Character.isUpperCase(first.charAt(0)) ? "" : first;
  }

  private static List<String> importsOf(Path file) throws IOException {
    Matcher m = IMPORT.matcher(Files.readString(file));
    return m.results().map(r -> r.group(1)).toList();
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }
}
