package dev.perfscope.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.java.JavaAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the time of Java analysis goes, on one thread in one JVM: a bare JavaParser parse (its defaults at
 * language level 21, validation included) against our full analysis of every file of a tree (which skips the
 * validation, see JavaParsers), several rounds (the first is the cold one). Usage: JavaSpeed TREE [ROUNDS].
 */
public final class JavaSpeed {
  public static void main(String[] args) throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      for (Path p : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    for (int round = 1; round <= rounds; round++) {
      long t0 = System.nanoTime();
      ParserConfiguration config = new ParserConfiguration()
          .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21).setAttributeComments(false);
      for (String text : texts) {
        new JavaParser(config).parse(text);
      }
      long t1 = System.nanoTime();
      JavaAnalyzer analyzer = new JavaAnalyzer();
      for (String text : texts) {
        analyzer.analyze(new SourceText(text));
      }
      long t2 = System.nanoTime();
      System.out.printf("round %d: %d files, parse only %.2f s, full analysis %.2f s%n", round, texts.size(),
          (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }
  }
}
