package dev.perfscope.lang.javascript;

import java.util.List;

/** JavaScript, JSX included ({@code .js .mjs .cjs .jsx}), through tree-sitter-javascript. */
public final class JavaScriptAnalyzer extends ScriptAnalyzer {
  @Override
  public String name() {
    return "javascript";
  }

  @Override
  public List<String> extensions() {
    return List.of(".js", ".mjs", ".cjs", ".jsx");
  }

  @Override
  public List<String> sourceFolders() {
    return List.of("src/main/js", "src/test/js");
  }

  @Override
  List<Dialect> dialects() {
    return List.of(Dialect.JAVASCRIPT);
  }
}
