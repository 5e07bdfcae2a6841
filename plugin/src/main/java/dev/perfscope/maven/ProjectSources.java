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
 * pom (Maven's stand-alone project) the whole base directory is the source root. A run may read the sources of
 * several modules (a goal called at the top of a reactor): the project is then where the run stands and
 * writes, the modules are where the sources are.
 */
final class ProjectSources {
  /** Where builds write their output when there is no pom to say: Maven, Python and Gradle, JavaScript. */
  private static final List<String> NO_POM_BUILD_FOLDERS = List.of("target", "build", "dist");

  private final MavenProject project;
  private final MavenSession session;
  private final List<MavenProject> modules;

  ProjectSources(MavenProject project, MavenSession session) {
    this(project, session, List.of(project));
  }

  ProjectSources(MavenProject project, MavenSession session, List<MavenProject> modules) {
    this.project = project;
    this.session = session;
    this.modules = List.copyOf(modules);
  }

  /**
   * The project's base directory; without a pom, the directory Maven runs in; for several modules, the
   * nearest folder holding them all (with {@code -pl}, the top project may be one of them).
   */
  Path basedir() {
    File basedir = hasPom() ? project.getBasedir() : new File(session.getExecutionRootDirectory());
    Path common = basedir.toPath().toAbsolutePath().normalize();
    if (modules.size() > 1) {
      for (MavenProject module : modules) {
        Path folder = module.getBasedir().toPath().toAbsolutePath().normalize();
        while (!folder.startsWith(common)) {
          common = common.getParent();
        }
      }
    }
    return common;
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
   * The folders the walk never enters, whatever git or the globs say: each module's build directory, the
   * report folder ({@code output}, null when there is none), and without a pom {@code target}, {@code build}
   * and {@code dist} in the base directory.
   */
  List<Path> neverEntered(Path output) {
    Set<Path> folders = new LinkedHashSet<>();
    if (hasPom()) {
      modules.forEach(module -> folders.add(buildDirectory(module)));
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
   * Each module's compile and test source roots that exist, plus the other languages' conventional roots,
   * minus anything under the module's build directory (generated sources).
   */
  List<Path> defaultRoots() {
    if (!hasPom()) {
      return List.of(basedir());
    }
    Set<Path> roots = new LinkedHashSet<>();
    for (MavenProject module : modules) {
      roots.addAll(sourceRoots(module));
    }
    return List.copyOf(roots);
  }

  private static List<Path> sourceRoots(MavenProject module) {
    Path basedir = module.getBasedir().toPath().toAbsolutePath().normalize();
    Path buildDirectory = buildDirectory(module);
    List<String> candidates = new ArrayList<>(module.getCompileSourceRoots());
    candidates.addAll(module.getTestCompileSourceRoots());
    candidates.addAll(Perfscope.conventionalSourceFolders());
    List<Path> roots = new ArrayList<>();
    for (String candidate : candidates) {
      Path root = basedir.resolve(candidate).normalize();
      if (Files.isDirectory(root) && !root.startsWith(buildDirectory)) {
        roots.add(root);
      }
    }
    return roots;
  }

  private static Path buildDirectory(MavenProject module) {
    return Path.of(module.getBuild().getDirectory()).toAbsolutePath().normalize();
  }

  /** The configured source encoding, or UTF-8 when the project sets none. */
  String encoding() {
    String encoding = project.getProperties().getProperty("project.build.sourceEncoding");
    return encoding == null || encoding.isBlank() ? "UTF-8" : encoding;
  }
}
