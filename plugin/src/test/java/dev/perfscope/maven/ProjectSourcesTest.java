package dev.perfscope.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folders the walk never enters: the build directory and the report folder, wherever they are. */
class ProjectSourcesTest {
  @TempDir Path dir;

  @Test
  void aProjectNeverEntersItsBuildDirectoryNorAReportFolderOutsideIt() {
    MavenProject project = new MavenProject();
    project.setFile(dir.resolve("pom.xml").toFile());
    project.getBuild().setDirectory(dir.resolve("out").toString());
    ProjectSources sources = new ProjectSources(project, null);

    assertThat(sources.neverEntered(dir.resolve("reports/perf")))
        .containsExactly(dir.resolve("out"), dir.resolve("reports/perf"));
    assertThat(sources.neverEntered(dir.resolve("out/perf/../perf")))
        .containsExactly(dir.resolve("out"), dir.resolve("out/perf"));
    assertThat(sources.neverEntered(null)).containsExactly(dir.resolve("out"));
  }

  @Test
  void severalModulesAreReadFromTheFolderHoldingThemAllEachWithoutItsBuildDirectory() throws Exception {
    MavenProject billing = module("billing");
    MavenProject shipping = module("shipping");
    ProjectSources sources = new ProjectSources(billing, null, List.of(billing, shipping));

    assertThat(sources.basedir()).isEqualTo(dir);
    assertThat(sources.defaultRoots())
        .containsExactly(dir.resolve("billing/src/main/java"), dir.resolve("shipping/src/main/java"));
    assertThat(sources.neverEntered(null))
        .containsExactly(dir.resolve("billing/target"), dir.resolve("shipping/target"));
  }

  private MavenProject module(String name) throws Exception {
    Path basedir = Files.createDirectories(dir.resolve(name));
    MavenProject module = new MavenProject();
    module.setFile(basedir.resolve("pom.xml").toFile());
    module.getBuild().setDirectory(basedir.resolve("target").toString());
    module.addCompileSourceRoot(Files.createDirectories(basedir.resolve("src/main/java")).toString());
    Files.createDirectories(basedir.resolve("target/generated-sources"));
    module.addCompileSourceRoot(basedir.resolve("target/generated-sources").toString());
    return module;
  }
}
