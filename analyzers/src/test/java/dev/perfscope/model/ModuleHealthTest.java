package dev.perfscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Modules as docs/health-score.md defines them: where the tree splits; one with most of the code splits further. */
class ModuleHealthTest {
  @Test
  void theModulesAreTheFoldersWhereTheTreeSplitsWeakestFirst() {
    List<FileMetrics> files = List.of(
        file("src/main/java/com/acme/billing/Invoice.java", 200, 1),
        file("src/main/java/com/acme/billing/Tax.java", 100, 0),
        file("src/main/java/com/acme/shop/Cart.java", 150, 0),
        file("src/main/java/com/acme/App.java", 100, 0),
        new FileMetrics("src/main/java/com/acme/notes.txt", "text", null, 900, 900, 0, 0, 0, null, null, List.of(),
            List.of(), null, null, null));
    List<ModuleHealth> modules = ModuleHealth.of(files);
    // billing: (e^(-1/7) + 1) / 2 = 0.933; the text file is not scored and makes no module of its own
    assertThat(modules).extracting(ModuleHealth::name, ModuleHealth::files, ModuleHealth::codeLines,
            m -> m.health().score())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("src/main/java/com/acme/billing", 2, 300L, 93),
            org.assertj.core.groups.Tuple.tuple("src/main/java/com/acme", 1, 100L, 100),
            org.assertj.core.groups.Tuple.tuple("src/main/java/com/acme/shop", 1, 150L, 100));
  }

  @Test
  void aModuleWithMoreThanHalfTheCodeIsSplitIntoItsFolders() {
    List<FileMetrics> files = List.of(
        file("com/google/common/collect/Lists.java", 400, 0),
        file("com/google/common/collect/Maps.java", 400, 0),
        file("com/google/common/base/Strings.java", 300, 0),
        file("com/google/thirdparty/Domain.java", 100, 0));
    assertThat(ModuleHealth.of(files)).extracting(ModuleHealth::name).containsExactlyInAnyOrder(
        "com/google/common/collect", "com/google/common/base", "com/google/thirdparty");
    assertThat(ModuleHealth.moduleOf("com/google/common/base/Strings.java", files)).isEqualTo("com/google/common/base");
  }

  @Test
  void filesAllInOneFolderAreOneModuleAndTheRootIsADot() {
    assertThat(ModuleHealth.of(List.of(file("a/B.py", 10, 0), file("a/C.py", 10, 0)))).extracting(ModuleHealth::name)
        .containsExactly("a");
    assertThat(ModuleHealth.of(List.of(file("B.py", 10, 0), file("x/C.py", 100, 0)))).extracting(ModuleHealth::name)
        .containsExactly(".", "x");
  }

  /** A scored file of {@code code} lines whose findings cost {@code points}. */
  private static FileMetrics file(String path, int code, double points) {
    FileMetrics file = new FileMetrics(path, "java", null, code, code, 0, 0, 1, null, null, List.of(), List.of(), null, null,
        null);
    return file.withHealth(Health.ofFile(file, points));
  }
}
