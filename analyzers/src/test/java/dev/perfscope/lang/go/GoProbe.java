package dev.perfscope.lang.go;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.SourceMetrics;

/** Measures one small Go file in a JVM of its own and prints what came out ({@link GoNativeLoadingTest}). */
public final class GoProbe {
  private GoProbe() {}

  public static void main(String[] args) {
    GoAnalyzer analyzer = new GoAnalyzer();
    for (int i = 0; i < 2; i++) { // twice: the warning about a missing native library is said once
      SourceMetrics metrics = analyzer.analyze(new SourceText("// Package p.\npackage p\n\nfunc f(a int) int {\n\treturn a\n}\n"));
      System.out.println("functions=" + metrics.functions().size() + " code=" + metrics.lines().code()
          + " comment=" + metrics.lines().comment() + " parseError=" + metrics.parseError());
    }
  }
}
