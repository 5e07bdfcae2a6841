package dev.perfscope.maven;

import dev.perfscope.Perfscope;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The one bridge to {@link MavenProject}: where the project is and which folders hold its sources. Without a
 * pom (Maven's stand-alone project) the whole base directory is the source root.
 */
final class ProjectSources {
  /** Where builds write their output when there is no pom to say: Maven, Python and Gradle, JavaScript. */
  private static final List<String> NO_POM_BUILD_FOLDERS = List.of("target", "build", "dist");

  private final MavenProject project;
  private final MavenSession session;

  ProjectSources(MavenProject project, MavenSession session) {
    this.project = project;
    this.session = session;
  }

  /** The project's base directory; without a pom, the directory Maven runs in. */
  Path basedir() {
    File basedir = hasPom() ? project.getBasedir() : new File(session.getExecutionRootDirectory());
    return basedir.toPath().toAbsolutePath().normalize();
  }

  /**
   * A configured path. Without a pom Maven cannot interpolate defaults such as
   * {@code ${project.build.directory}/perf}, so an unresolved value means {@code fallback} in the directory.
   */
  Path resolve(File configured, String fallback) {
    boolean unresolved = configured.getPath().contains("${");
    return unresolved ? basedir().resolve(fallback) : configured.toPath();
  }

  /**
   * The root that SARIF paths are relative to: the nearest folder at or above the base directory holding
   * {@code .git}, else the top of the reactor.
   */
  Path repositoryRoot() {
    for (Path dir = basedir(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    return Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
  }

  /** Whether {@code path} is in the build directory ({@code target} in the base directory without a pom). */
  boolean underBuildDirectory(Path path) {
    Path build = hasPom() ? Path.of(project.getBuild().getDirectory()) : basedir().resolve("target");
    return path.toAbsolutePath().normalize().startsWith(build.toAbsolutePath().normalize());
  }

  /**
   * The folders the walk never enters, whatever git or the globs say: the build directory, the report folder
   * ({@code output}, null when there is none), and without a pom {@code target}, {@code build} and
   * {@code dist} in the base directory.
   */
  List<Path> neverEntered(Path output) {
    Set<Path> folders = new LinkedHashSet<>();
    if (hasPom()) {
      folders.add(Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize());
    } else {
      NO_POM_BUILD_FOLDERS.forEach(name -> folders.add(basedir().resolve(name)));
    }
    if (output != null) {
      folders.add(output.toAbsolutePath().normalize());
    }
    return List.copyOf(folders);
  }

  boolean hasPom() {
    return project.getFile() != null;
  }

  /**
   * The compile and test source roots that exist, plus the other languages' conventional roots, minus anything under the build
   * directory (generated sources).
   */
  List<Path> defaultRoots() {
    if (!hasPom()) {
      return List.of(basedir());
    }
    Path buildDirectory = Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize();
    Set<Path> roots = new LinkedHashSet<>();
    List<String> candidates = new ArrayList<>(project.getCompileSourceRoots());
    candidates.addAll(project.getTestCompileSourceRoots());
    candidates.addAll(Perfscope.conventionalSourceFolders());
    for (String candidate : candidates) {
      Path root = basedir().resolve(candidate).normalize();
      if (Files.isDirectory(root) && !root.startsWith(buildDirectory)) {
        roots.add(root);
      }
    }
    return List.copyOf(roots);
  }

  /** The configured source encoding, or UTF-8 when the project sets none. */
  String encoding() {
    String encoding = project.getProperties().getProperty("project.build.sourceEncoding");
    return encoding == null || encoding.isBlank() ? "UTF-8" : encoding;
  }
}
