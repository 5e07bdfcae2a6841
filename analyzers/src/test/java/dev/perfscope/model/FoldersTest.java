package dev.perfscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldersTest {
  @Test
  void theCommonFolderIsTheDeepestOneHoldingEveryPath() {
    assertThat(Folders.common(List.of("a/b/c/X.java", "a/b/Y.java", "a/b/c/d/Z.java"))).containsExactly("a", "b");
    assertThat(Folders.common(List.of("a/b/X.java"))).containsExactly("a", "b");
    assertThat(Folders.common(List.of("a/X.java", "b/Y.java"))).isEmpty();
    assertThat(Folders.common(List.of("X.java", "a/Y.java"))).isEmpty();
    assertThat(Folders.common(List.of())).isEmpty();
  }

  @Test
  void aPathsFoldersLeaveOutItsFileName() {
    assertThat(Folders.of("a/b/C.java")).containsExactly("a", "b");
    assertThat(Folders.of("C.java")).isEmpty();
  }
}
