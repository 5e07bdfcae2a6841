import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.registry.Languages;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;
import org.treesitter.TreeSitterJavascript;

/**
 * Where the time of a JavaScript analysis goes, in this thread's cpu time (JFR does not see it: the bindings'
 * JNI code spends it inside the JVM, looking classes and fields up by name for every node, a state JFR's
 * samplers skip). For every .js file under DIR, ROUNDS times: the bindings' parse alone; their parse and a
 * cursor walk reading each node's symbol, field and byte range (what Perfscope copies, through the same calls);
 * and Perfscope's whole analysis of the file, which reads trees through this project's native library where the
 * build made one for this platform (run with -Ddev.perfscope.flatTrees=false to time it through the bindings).
 * Put a folder holding lib/x86_64-linux-gnu-tree-sitter.so (and the grammar's) before the jars on the class path
 * to time other builds of the bindings' natives.
 * Usage: java -cp CLASSPATH bench/ScriptCost.java DIR [ROUNDS]   (docs/performance.md, "Against lizard")
 */
public class ScriptCost {
  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".js")).sorted().toList()) {
        texts.add(Files.readString(file));
      }
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    LanguageAnalyzer analyzer = Languages.standard().forFile("a.js");
    TSParser parser = new TSParser();
    parser.setLanguage(new TreeSitterJavascript());
    long chars = texts.stream().mapToLong(String::length).sum();
    for (int round = 1; round <= rounds; round++) {
      long start = cpu.getCurrentThreadCpuTime();
      for (String text : texts) {
        parser.parseString(null, text).close();
      }
      long parsed = cpu.getCurrentThreadCpuTime();
      long nodes = 0;
      for (String text : texts) {
        TSTree tree = parser.parseString(null, text);
        nodes += walk(tree);
        tree.close();
      }
      long walked = cpu.getCurrentThreadCpuTime();
      for (String text : texts) {
        analyzer.analyze(new SourceText(text));
      }
      long analyzed = cpu.getCurrentThreadCpuTime();
      System.out.printf("round %d: %d files, %,d chars, %,d nodes: parse %.2f s, parse and walk %.2f s, "
          + "whole analysis %.2f s (cpu)%n", round, texts.size(), chars, nodes, (parsed - start) / 1e9,
          (walked - parsed) / 1e9, (analyzed - walked) / 1e9);
    }
  }

  /** Visits every node in document order, reading what Perfscope's copy of the tree keeps. */
  private static long walk(TSTree tree) {
    long nodes = 0;
    long sink = 0;
    try (TSTreeCursor cursor = new TSTreeCursor(tree.getRootNode())) {
      do {
        TSNode node = cursor.currentNode();
        sink += node.getSymbol() + cursor.currentFieldId() + node.getStartByte() + node.getEndByte();
        nodes++;
      } while (next(cursor));
    }
    return sink == Long.MIN_VALUE ? -1 : nodes;
  }

  private static boolean next(TSTreeCursor cursor) {
    if (cursor.gotoFirstChild()) {
      return true;
    }
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        return false;
      }
    }
    return true;
  }
}
