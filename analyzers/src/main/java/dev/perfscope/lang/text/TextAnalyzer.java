package dev.perfscope.lang.text;

import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.LineTally;
import dev.perfscope.lang.SourceText;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.SourceMetrics;
import java.util.List;

/** Any text file no parsing language claims: line counts only, every non-blank line is code. */
public final class TextAnalyzer implements LanguageAnalyzer {
  @Override
  public String name() {
    return FileMetrics.TEXT;
  }

  @Override
  public List<String> extensions() {
    return List.of();
  }

  @Override
  public SourceMetrics analyze(SourceText source) {
    return SourceMetrics.linesOnly(LineTally.countPlain(source), null);
  }
}
