package dev.perfscope.lang.javascript;

import java.util.List;

/** TypeScript ({@code .ts .mts .cts}) and TSX ({@code .tsx}), through tree-sitter-typescript and -tsx. */
public final class TypeScriptAnalyzer extends ScriptAnalyzer {
  @Override
  public String name() {
    return "typescript";
  }

  @Override
  public List<String> extensions() {
    return List.of(".ts", ".mts", ".cts", ".tsx");
  }

  /** {@code src/main/frontend} is where Vaadin and frontend-maven-plugin projects keep their (mostly TypeScript) client. */
  @Override
  public List<String> sourceFolders() {
    return List.of("src/main/ts", "src/test/ts", "src/main/frontend");
  }

  @Override
  List<Dialect> dialects() {
    return List.of(Dialect.TYPESCRIPT, Dialect.TSX);
  }
}
