package dev.perfscope.lang.java;

import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.LineTally;
import dev.perfscope.lang.SourceText;
import dev.perfscope.model.SourceMetrics;
import java.util.List;

/** Java through JavaParser. Placeholder until the metric visitors land: line counts only. */
public final class JavaAnalyzer implements LanguageAnalyzer {
  @Override
  public String name() {
    return "java";
  }

  @Override
  public List<String> extensions() {
    return List.of(".java");
  }

  @Override
  public SourceMetrics analyze(SourceText source) {
    return SourceMetrics.linesOnly(LineTally.countPlain(source), null);
  }
}
