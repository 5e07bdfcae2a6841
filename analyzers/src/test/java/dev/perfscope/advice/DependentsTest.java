package dev.perfscope.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Structure;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependentsTest {
  private final Dependents index = new Dependents(List.of(
      file("src/a/b/C.java", "java", "a.b.C"), file("src/textual/app.py", "python")));

  @Test
  void aNameResolvesToTheFileOfItsLongestKnownHeadWithTheNameAfterIt() {
    assertThat(index.target("src/X.java", "a.b.C.m.n")).isEqualTo(new Dependents.Target("src/a/b/C.java", "m"));
    assertThat(index.target("src/X.java", "a.b.C")).isEqualTo(new Dependents.Target("src/a/b/C.java", ""));
    assertThat(index.target("src/x.py", "textual.app.App")).isEqualTo(new Dependents.Target("src/textual/app.py", "App"));
    assertThat(index.target("src/x.py", "app")).isEqualTo(new Dependents.Target("src/textual/app.py", ""));
  }

  @Test
  void dotsThatEndANameAreNoPartOfIt() {
    assertThat(index.target("src/X.java", "a.b.C..")).isEqualTo(new Dependents.Target("src/a/b/C.java", ""));
    assertThat(index.target("src/X.java", "a.b.C..m")).isEqualTo(new Dependents.Target("src/a/b/C.java", ""));
  }

  @Test
  void aNameOfNoFileOrOnlyPartOfOneResolvesToNone() {
    assertThat(index.target("src/X.java", "a.b")).isNull();
    assertThat(index.target("src/X.java", "b.C")).isNull();
    assertThat(index.target("src/X.java", "")).isNull();
  }

  private static FileMetrics file(String path, String language, String... declares) {
    return new FileMetrics(path, language, null, 1, 1, 0, 0, 0, null, null, List.of(), List.of(), null, null,
        new Structure(List.of(), List.of(), List.of(), List.of(declares), List.of()));
  }
}
