package dev.perfscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one table of file kinds, on the names a polyglot Python repository holds. */
class FileKindTest {
  @ParameterizedTest
  @CsvSource({
      "src/textual/app.py, SOURCE", "stubs/x.pyi, SOURCE", "Main.java, SOURCE", "web/app.js, SOURCE",
      "web/App.tsx, SOURCE", "tools/release.sh, SOURCE", "ext/fast.c, SOURCE", "cmd/main.go, SOURCE",
      "Makefile, SOURCE", "Dockerfile, SOURCE",
      "CHANGELOG.md, DOCUMENTATION", "docs/guide/widgets.MD, DOCUMENTATION", "docs/index.rst, DOCUMENTATION",
      "manual.adoc, DOCUMENTATION", "notes.txt, DOCUMENTATION", "LICENSE, DOCUMENTATION", "README, DOCUMENTATION",
      "examples/food.json, DATA", "poetry.lock, DATA", "pyproject.toml, DATA", ".github/workflows/ci.yml, DATA",
      "mkdocs.yaml, DATA", "src/textual/app.tcss, DATA", "site/theme.css, DATA", "style.scss, DATA",
      "setup.cfg, DATA", "pom.xml, DATA", "logo.svg, DATA", "table.csv, DATA", "tox.ini, DATA",
      "bandit-report.json, DATA", ".gitignore, DATA", "LICENSE.unknown, DATA", "no_extension_file, DATA"})
  void classifiesByExtensionThenName(String path, FileKind kind) {
    assertThat(FileKind.of(path)).isEqualTo(kind);
  }

  @Test
  void readsAndWritesItsId() {
    assertThat(FileKind.DOCUMENTATION.id()).isEqualTo("documentation");
    assertThat(FileKind.byId("data")).isEqualTo(FileKind.DATA);
    assertThat(FileKind.byId("docs")).isNull();
    assertThat(FileKind.ids()).isEqualTo("source, documentation, data");
  }
}
