package dev.perfscope.lang.javascript;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.SourceMetrics;

/** Measures one small TypeScript file in a JVM of its own and prints what came out ({@link NativeLoadingTest}). */
public final class ScriptProbe {
  private ScriptProbe() {}

  public static void main(String[] args) {
    TypeScriptAnalyzer analyzer = new TypeScriptAnalyzer();
    for (int i = 0; i < 2; i++) { // twice: the warning about a missing native library is said once
      SourceMetrics metrics = analyzer.analyze(new SourceText("// a comment\nexport function f(a?: number) {\n  return a ?? 0;\n}\n"));
      System.out.println("functions=" + metrics.functions().size() + " code=" + metrics.lines().code()
          + " comment=" + metrics.lines().comment() + " parseError=" + metrics.parseError());
    }
  }
}
