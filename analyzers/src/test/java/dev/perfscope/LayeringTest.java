package dev.perfscope;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.comments.Comment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core's packages, read from its sources (imports and fully qualified names in code; comments left
 * out): each package depends only on packages of lower layers or of its own layer, and no dependency goes
 * round in a cycle. The layers, lowest first, as CONTRIBUTING.md describes them.
 */
class LayeringTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final String ROOT = "dev.perfscope";
  private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.perfscope((?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");

  /**
   * Package prefixes (relative to dev.perfscope) by layer; the longest prefix that fits places a package.
   * {@code lang.*} is every language's package, whatever languages there are; those read through tree-sitter share
   * {@code lang.treesitter}.
   */
  private static final List<List<String>> LAYERS = List.of(
      List.of("model"),
      List.of("config", "infra"),
      List.of("lang"),
      List.of("lang.treesitter"),
      List.of("lang.*"),
      List.of("lang.registry"),
      List.of("sources", "cache", "baseline", "threshold", "duplicates"),
      List.of("history", "advice"),
      List.of("analysis"),
      List.of("report"),
      List.of("run", "site"),
      List.of(""));

  private static final JavaParser PARSER = new JavaParser(
      new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
  private static final Map<String, Set<String>> DEPENDENCIES = new TreeMap<>();

  @BeforeAll
  static void readSources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String from = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
        CompilationUnit unit = PARSER.parse(file).getResult().orElseThrow();
        unit.getAllContainedComments().forEach(Comment::remove);
        unit.getComment().ifPresent(Comment::remove);
        Matcher reference = REFERENCE.matcher(unit.toString());
        Set<String> to = DEPENDENCIES.computeIfAbsent(from, k -> new TreeSet<>());
        while (reference.find()) {
          String target = ROOT + reference.group(1);
          if (!target.equals(from)) {
            to.add(target);
          }
        }
      }
    }
  }

  @Test
  void everyPackageHasALayer() {
    assertThat(DEPENDENCIES.keySet()).allSatisfy(name -> assertThat(layerOf(name)).as(name).isNotNegative());
  }

  @Test
  void noPackageDependsOnAHigherLayer() {
    List<String> upward = new ArrayList<>();
    DEPENDENCIES.forEach((from, targets) -> targets.stream().filter(to -> layerOf(to) > layerOf(from))
        .forEach(to -> upward.add(from + " -> " + to)));
    assertThat(upward).as("dependencies on a higher layer").isEmpty();
  }

  @Test
  void noDependencyCycle() {
    List<String> cycles = new ArrayList<>();
    for (String start : DEPENDENCIES.keySet()) {
      List<String> path = cycleThrough(start, start, new ArrayList<>(List.of(start)), new TreeSet<>());
      if (path != null) {
        cycles.add(String.join(" -> ", path));
      }
    }
    assertThat(cycles).as("package cycles").isEmpty();
  }

  /**
   * The core speaks no build tool: settings have neutral names and the caller says how its users know them,
   * so no class, in code or comments, names a {@code perf.} property.
   */
  @Test
  void noCoreClassNamesAPluginProperty() throws IOException {
    Pattern property = Pattern.compile("\\bperf\\.[a-zA-Z]");
    List<String> naming = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          if (property.matcher(lines.get(i)).find()) {
            naming.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(naming).isEmpty();
  }

  @Test
  void theLayersSeeEveryPackageAndTheCheckSeesDependencies() {
    assertThat(DEPENDENCIES.get(ROOT + ".analysis")).contains(ROOT + ".sources", ROOT + ".threshold");
    assertThat(DEPENDENCIES).hasSizeGreaterThan(15);
  }

  /** A path of dependencies from {@code at} back to {@code start}, or null when there is none. */
  private static List<String> cycleThrough(String start, String at, List<String> path, Set<String> seen) {
    for (String next : DEPENDENCIES.getOrDefault(at, Set.of())) {
      if (next.equals(start)) {
        List<String> cycle = new ArrayList<>(path);
        cycle.add(start);
        return cycle;
      }
      if (seen.add(next)) {
        path.add(next);
        List<String> found = cycleThrough(start, next, path, seen);
        if (found != null) {
          return found;
        }
        path.remove(path.size() - 1);
      }
    }
    return null;
  }

  private static int layerOf(String name) {
    String relative = name.equals(ROOT) ? "" : name.substring(ROOT.length() + 1);
    int layer = -1;
    int longest = -1;
    for (int i = 0; i < LAYERS.size(); i++) {
      for (String prefix : LAYERS.get(i)) {
        boolean fits = prefix.endsWith(".*") ? relative.startsWith(prefix.substring(0, prefix.length() - 1))
            : prefix.isEmpty() ? relative.isEmpty() : relative.equals(prefix) || relative.startsWith(prefix + ".");
        if (fits && prefix.length() > longest) {
          layer = i;
          longest = prefix.length();
        }
      }
    }
    return layer;
  }
}
