package dev.perfscope.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perfscope.lang.ModuleFile;
import org.junit.jupiter.api.Test;

/** How a Python file is a module for advice: its importable names, and where a split puts its parts. */
class PythonModuleTest {
  private final PythonAnalyzer python = new PythonAnalyzer();

  @Test
  void aModuleIsNamedByItsPathAndSplitsIntoAPackage() {
    ModuleFile module = python.module("src/textual/git_advanced.py").orElseThrow();
    assertThat(module.names()).containsExactly("src", "textual", "git_advanced");
    assertThat(module.stayingFile()).isEqualTo("git_advanced/__init__.py");
    assertThat(module.partFile("rebase")).isEqualTo("git_advanced/rebase.py");
    assertThat(module.partFile("import")).isEqualTo("git_advanced/import_.py");
  }

  @Test
  void aPackagesOwnModuleIsItsFolderAndKeepsItsPartsBesideIt() {
    ModuleFile module = python.module("tkinter/__init__.pyi").orElseThrow();
    assertThat(module.names()).containsExactly("tkinter");
    assertThat(module.stayingFile()).isEqualTo("__init__.pyi");
    assertThat(module.partFile("font")).isEqualTo("font.pyi");
  }

  @Test
  void onlyPyAndPyiAsWrittenAreModules() {
    assertThat(python.module("setup.cfg")).isEmpty();
    assertThat(python.module("LEGACY.PY")).isEmpty();
  }
}
