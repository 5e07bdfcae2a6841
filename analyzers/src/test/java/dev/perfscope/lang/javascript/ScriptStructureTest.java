package dev.perfscope.lang.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.lang.SourceText;
import dev.perfscope.model.Structure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The structure JavaScript and TypeScript give advice: members, edges by name, blocks, imports and tokens. */
class ScriptStructureTest {
  private static Structure of(String fixture) throws IOException {
    String text = Files.readString(Path.of("src/test/resources/fixtures/advice", fixture));
    ScriptAnalyzer analyzer = fixture.endsWith(".js") ? new JavaScriptAnalyzer() : new TypeScriptAnalyzer();
    return analyzer.analyze(new SourceText(text)).structure();
  }

  @Test
  void dump() throws IOException {
    for (String f : new String[] {"structure.js", "pricing.ts", "git-http.js"}) {
      Structure s = of(f);
      System.out.println("== " + f);
      s.members().forEach(System.out::println);
      s.edges().forEach(System.out::println);
      s.blocks().forEach(System.out::println);
      System.out.println(s.uses() + " " + s.tokens());
    }
  }
}
