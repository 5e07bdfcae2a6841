package dev.perfscope.bench;

import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.registry.Languages;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.SourceMetrics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Perfscope's units of every file under a folder in the named languages (JavaScript and TypeScript unless told),
 * one line each: path, line, end line, name, cyclomatic, cognitive; a file that does not parse gives one
 * {@code parse-error} line. Then the time the measuring took. Usage: {@code ScriptUnits DIR [runs [languages]]}
 * (bench/js-agreement.sh; bench/kotlin-agreement.sh with {@code kotlin}).
 */
public final class ScriptUnits {
  private ScriptUnits() {}

  public static void main(String[] args) throws IOException {
    print(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 1,
        List.of((args.length > 2 ? args[2] : "javascript,typescript").split(",")));
  }

  /** Prints the units of the files under {@code root} that the languages named {@code names} claim. */
  static void print(Path root, int runs, List<String> names) throws IOException {
    Languages languages = Languages.standard();
    List<Path> files;
    try (Stream<Path> paths = Files.walk(root)) {
      files = paths.filter(Files::isRegularFile)
          .filter(p -> names.contains(languages.forFile(p.toString()).name()))
          .sorted().toList();
    }
    List<String> texts = files.stream().map(ScriptUnits::read).toList();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      long bytes = 0;
      for (int i = 0; i < files.size(); i++) {
        LanguageAnalyzer language = languages.forFile(files.get(i).toString());
        SourceMetrics metrics = language.analyze(new SourceText(texts.get(i)));
        bytes += texts.get(i).length();
        if (run > 0) {
          continue;
        }
        String path = root.relativize(files.get(i)).toString().replace('\\', '/');
        if (metrics.parseError() != null) {
          out.printf("%s\t%d\t%d\tparse-error\t0\t0%n", path, metrics.parseError().line(), metrics.parseError().column());
        }
        for (FunctionMetrics f : metrics.functions()) {
          out.printf("%s\t%d\t%d\t%s\t%d\t%d%n", path, f.line(), f.endLine(), f.name(), f.cyclomatic(), f.cognitive());
        }
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.err.printf("run %d: %d files, %,d chars in %d ms (%.1f MB/s), heap used %d MB%n", run + 1, files.size(),
          bytes, millis, bytes / 1e3 / Math.max(1, millis),
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }
    out.flush();
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
