package dev.perfscope.lang.registry;

import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.ModuleFile;
import dev.perfscope.lang.go.GoAnalyzer;
import dev.perfscope.lang.java.JavaAnalyzer;
import dev.perfscope.lang.javascript.JavaScriptAnalyzer;
import dev.perfscope.lang.javascript.TypeScriptAnalyzer;
import dev.perfscope.lang.kotlin.KotlinAnalyzer;
import dev.perfscope.lang.python.PythonAnalyzer;
import dev.perfscope.lang.text.TextAnalyzer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The explicit registry of languages; a file no language claims is measured as text (lines only). */
public final class Languages {
  private final List<LanguageAnalyzer> languages;
  private final LanguageAnalyzer fallback = new TextAnalyzer();

  public Languages(List<LanguageAnalyzer> languages) {
    this.languages = List.copyOf(languages);
  }

  /** Every language Perfscope parses. */
  public static Languages standard() {
    return new Languages(List.of(new JavaAnalyzer(), new PythonAnalyzer(), new JavaScriptAnalyzer(), new TypeScriptAnalyzer(),
        new KotlinAnalyzer(), new GoAnalyzer()));
  }

  public LanguageAnalyzer forFile(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (LanguageAnalyzer language : languages) {
      for (String extension : language.extensions()) {
        if (lower.endsWith(extension)) {
          return language;
        }
      }
    }
    return fallback;
  }

  /** The module the file at {@code path} is, to the language that claims it ({@link LanguageAnalyzer#module}). */
  public Optional<ModuleFile> moduleOf(String path) {
    return forFile(path).module(path);
  }

  /** Every language's conventional source folders ({@link LanguageAnalyzer#sourceFolders}), in order, once each. */
  public List<String> sourceFolders() {
    return languages.stream().flatMap(language -> language.sourceFolders().stream()).distinct().toList();
  }

  /** The names of the registered languages, in order. */
  public List<String> names() {
    return languages.stream().map(LanguageAnalyzer::name).toList();
  }

  public LanguageAnalyzer text() {
    return fallback;
  }
}
