package dev.perfscope.lang.kotlin;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.SourceMetrics;

/** Measures one small Kotlin file in a JVM of its own and prints what came out ({@link KotlinNativeLoadingTest}). */
public final class KotlinProbe {
  private KotlinProbe() {}

  public static void main(String[] args) {
    KotlinAnalyzer analyzer = new KotlinAnalyzer();
    for (int i = 0; i < 2; i++) { // twice: the warning about a missing native library is said once
      SourceMetrics metrics = analyzer.analyze(new SourceText("// a comment\nfun f(a: Int?): Int {\n    return a ?: 0\n}\n"));
      System.out.println("functions=" + metrics.functions().size() + " code=" + metrics.lines().code()
          + " comment=" + metrics.lines().comment() + " parseError=" + metrics.parseError());
    }
  }
}
