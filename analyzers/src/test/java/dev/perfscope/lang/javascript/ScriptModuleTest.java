package dev.perfscope.lang.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.lang.ModuleFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a JavaScript or TypeScript module is named, and where the parts of a split go. */
class ScriptModuleTest {
  private static ModuleFile at(String path) {
    return new JavaScriptAnalyzer().module(path).or(() -> new TypeScriptAnalyzer().module(path)).orElseThrow();
  }

  @Test
  void aModuleIsNamedByItsPathAndAnIndexByItsFolder() {
    assertThat(at("lib/linter/source-code.js").names()).containsExactly("lib", "linter", "source-code");
    assertThat(at("src/components/index.tsx").names()).containsExactly("src", "components");
    assertThat(new JavaScriptAnalyzer().module("lib/app.ts")).isEmpty();
    assertThat(new TypeScriptAnalyzer().module("README.md")).isEmpty();
  }

  @Test
  void theOriginalStaysAndItsPartsGoIntoAFolderOfItsNameNamedInItsStyle() {
    ModuleFile kebab = at("lib/source-code.js");
    assertThat(List.of(kebab.stayingFile(), kebab.partFile("token_store"), kebab.siblingFile("money_utils")))
        .containsExactly("source-code.js", "source-code/token-store.js", "money-utils.js");
    assertThat(at("src/sourceCode.ts").partFile("token_store")).isEqualTo("sourceCode/tokenStore.ts");
    assertThat(at("src/SourceCode.tsx").partFile("token_store")).isEqualTo("SourceCode/TokenStore.tsx");
    assertThat(at("lib/linter.mjs").partFile("rules")).isEqualTo("linter/rules.mjs");
    ModuleFile index = at("lib/rules/index.js");
    assertThat(List.of(index.stayingFile(), index.partFile("parser"))).containsExactly("index.js", "parser.js");
  }
}
