package dev.perfscope.lang.python.parser;

import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.python.PythonAnalyzer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/** Times lexing, parsing and the whole analysis separately over a corpus: where does the time go. */
public final class PythonStages {
  private PythonStages() {}

  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(Path.of(args[0]))) {
      for (Path p : paths.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
        texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      }
    }
    for (int run = 0; run < 3; run++) {
      long t0 = System.nanoTime();
      long tokens = 0;
      for (String text : texts) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        tokens += stream.size();
      }
      long t1 = System.nanoTime();
      for (String text : texts) {
        ModuleParser.parse(text);
      }
      long t2 = System.nanoTime();
      PythonAnalyzer analyzer = new PythonAnalyzer();
      for (String text : texts) {
        analyzer.analyze(new SourceText(text));
      }
      long t3 = System.nanoTime();
      System.out.printf("lex %.2f s (%d tokens), lex+parse %.2f s, analyze %.2f s%n",
          (t1 - t0) / 1e9, tokens, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }
  }
}
