package dev.perfscope.lang.treesitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.perfscope.lang.Cancellation;
import dev.perfscope.lang.SourceText;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.treesitter.TSLanguage;
import org.treesitter.TSSymbolType;
import org.treesitter.TreeSitterGo;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterKotlin;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

/**
 * The tree read in one call to this project's library is the tree read node by node through the bindings: every
 * node's kind, field, parent, children and character range, and the first parse error, on every tree-sitter
 * fixture whole and cut short (cuts leave syntax errors and tokens tree-sitter has to assume).
 */
class FlatTreesTest {
  private static final Map<String, TSLanguage> LANGUAGES = Map.of(
      "js", new TreeSitterJavascript(), "ts", new TreeSitterTypescript(), "tsx", new TreeSitterTsx(),
      "kt", new TreeSitterKotlin(), "kts", new TreeSitterKotlin(), "go", new TreeSitterGo());
  private static final Map<TSLanguage, SymbolKinds> KINDS = new ConcurrentHashMap<>();

  @Test
  void loadsWhereTheBuildShipsALibrary() {
    boolean shipped = FlatTrees.class.getResource(FlatTrees.resource()) != null;
    if (Boolean.getBoolean("perf.natives.required")) {
      assertThat(shipped).as("a library for " + FlatTrees.resource()).isTrue();
    }
    assertThat(FlatTrees.available()).isEqualTo(shipped);
  }

  static Stream<Path> fixtures() throws IOException, URISyntaxException {
    Path root = Path.of(FlatTreesTest.class.getResource("/fixtures").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> Files.isRegularFile(f) && LANGUAGES.containsKey(extension(f))).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void readsTheTreeTheBindingsRead(Path fixture) throws IOException {
    assumeTrue(FlatTrees.available(), "no library of this project for " + FlatTrees.resource());
    TSLanguage language = LANGUAGES.get(extension(fixture));
    String text = Files.readString(fixture);
    List<String> versions = new ArrayList<>(List.of(text));
    for (int cut = 1; cut <= 3; cut++) {
      versions.add(text.substring(0, text.length() * cut / 4));
    }
    for (String version : versions) {
      SourceText source = new SourceText(version);
      TreeReader.Read<SyntaxTree> flat = TreeReader.readFlat(language, source, offsets -> tree(language, offsets));
      TreeReader.Read<SyntaxTree> bound =
          TreeReader.readThroughBindings(language, source, offsets -> tree(language, offsets));
      assertThat(flat).as(fixture + " cut to " + version.length()).isNotNull();
      assertThat(flat.error()).as(fixture + " cut to " + version.length()).isEqualTo(bound.error());
      assertThat(nodes(flat.tree())).as(fixture + " cut to " + version.length()).isEqualTo(nodes(bound.tree()));
    }
  }

  @Test
  void aParseGivenUpOnStopsAndSaysWhereItHadReached() {
    assumeTrue(FlatTrees.available(), "no library of this project for " + FlatTrees.resource());
    byte[] text = ("let x = [" + "1,".repeat(50_000) + "];\n").getBytes(StandardCharsets.UTF_8);
    ParseWatch watch = new ParseWatch(text.length);
    int[] tree = Cancellation.watching(new AtomicBoolean(true), () -> FlatTrees.parse(LANGUAGES.get("js"), text, watch));
    assertThat(tree).isNull();
    assertThat(watch.stopped()).isTrue();
    assertThat(watch.reached()).isPositive();
  }

  /** Each node as one line: kind, field, parent, first child, next sibling, start, end. */
  private static List<String> nodes(SyntaxTree tree) {
    List<String> nodes = new ArrayList<>();
    for (int n = 0; n < tree.size(); n++) {
      nodes.add(n + ": " + tree.kind(n) + " " + tree.field(n) + " " + tree.parent(n) + " " + tree.firstChild(n) + " "
          + tree.nextSibling(n) + " " + tree.start(n) + "-" + tree.end(n));
    }
    return nodes;
  }

  /** A tree whose kinds tell most symbols apart: a byte from each symbol's name, named and anonymous apart. */
  private static SyntaxTree tree(TSLanguage language, Utf8Offsets offsets) {
    SymbolKinds kinds = KINDS.computeIfAbsent(language, l -> {
      Map<String, Byte> named = new HashMap<>();
      Map<String, Byte> tokens = new HashMap<>();
      for (int symbol = 0; symbol < l.symbolCount(); symbol++) {
        String name = l.symbolName(symbol);
        if (name != null) {
          boolean regular = l.symbolType(symbol) == TSSymbolType.TSSymbolTypeRegular;
          (regular ? named : tokens).put(name, (byte) ((name.hashCode() & 0x7f) | (regular ? 0 : 0x80)));
        }
      }
      return SymbolKinds.of(l, named, tokens, (byte) 1);
    });
    return new SyntaxTree(kinds, offsets) {};
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
