package dev.perfscope.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
