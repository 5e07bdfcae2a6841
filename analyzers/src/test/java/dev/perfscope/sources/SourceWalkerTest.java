package dev.perfscope.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.perfscope.model.SkippedFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWalkerTest {
  @TempDir Path root;

  private void touch(String... paths) throws IOException {
    for (String path : paths) {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "x\n");
    }
  }

  private List<String> walk(List<String> includes, List<String> excludes, String... roots) {
    List<Path> sourceRoots = java.util.Arrays.stream(roots).map(Path::of).toList();
    return new SourceWalker(root, includes, excludes).walk(sourceRoots).stream().map(SourceFile::relativePath).toList();
  }

  @Test
  void skipsBuildOutputHiddenFoldersDependenciesAndVirtualenvs() throws IOException {
    touch("pom.xml", "App.java", "target/classes/Gen.java", "src/.git/config", "web/node_modules/x.js",
        "env/pyvenv.cfg", "env/lib/site.py", "py/__pycache__/m.py", "gen/generated-sources/G.java", "src/a/target/T.java");
    assertThat(walk(List.of(), List.of(), "."))
        .containsExactly("App.java", "pom.xml", "src/a/target/T.java"); // a package named target is kept
  }

  @Test
  void appliesGlobsRelativeToTheRootWithAntStyleLeadingStars() throws IOException {
    touch("Top.java", "src/main/java/a/A.java", "src/main/java/a/legacy/Old.java", "src/main/resources/r.txt");
    assertThat(walk(List.of("**/*.java"), List.of("**/legacy/**"), "."))
        .containsExactly("Top.java", "src/main/java/a/A.java");
  }

  @Test
  void listsEachFileOnceWhenRootsNest() throws IOException {
    touch("src/main/java/A.java");
    assertThat(walk(List.of(), List.of(), "src", "src/main/java")).containsExactly("src/main/java/A.java");
  }

  private List<String> walkFollowing(String sourceRoot) {
    return new SourceWalker(root, List.of(), List.of(), true).walk(List.of(Path.of(sourceRoot))).stream()
        .map(SourceFile::relativePath).toList();
  }

  @Test
  void skipsSymbolicLinksUnlessAskedToFollowThem() throws IOException {
    touch("src/A.java", "other/B.java");
    Files.createSymbolicLink(root.resolve("src/B.java"), root.resolve("other/B.java"));
    Files.createSymbolicLink(root.resolve("src/more"), root.resolve("other"));
    assertThat(walk(List.of(), List.of(), "src")).containsExactly("src/A.java");
  }

  @Test
  void followsLinksOnlyWhileTheyStayUnderASourceRoot(@TempDir Path outside) throws IOException {
    touch("src/A.java", "src/real/C.java");
    Files.writeString(outside.resolve("Secret.java"), "x\n");
    Files.createSymbolicLink(root.resolve("src/secret.java"), outside.resolve("Secret.java"));
    Files.createSymbolicLink(root.resolve("src/away"), outside);
    Files.createSymbolicLink(root.resolve("src/alias"), root.resolve("src/real"));
    assertThat(walkFollowing("src")).containsExactly("src/A.java", "src/real/C.java"); // once, by its own path
  }

  @Test
  void walksALinkLoopOnce() throws IOException {
    touch("src/a/A.java");
    Files.createSymbolicLink(root.resolve("src/a/loop"), root.resolve("src"));
    assertThat(walkFollowing("src")).containsExactly("src/a/A.java");
  }

  @Test
  void listsTheLinksLeadingOutsideTheRootsAsSkipped(@TempDir Path outside) throws IOException {
    touch("src/A.java");
    Files.writeString(outside.resolve("Secret.java"), "x\n");
    Files.createSymbolicLink(root.resolve("src/secret.java"), outside.resolve("Secret.java"));
    Files.createSymbolicLink(root.resolve("src/away"), outside);
    SourceWalker.Walked walked = new SourceWalker(root, List.of(), List.of(), true).find(List.of(Path.of("src")));
    assertThat(walked.skipped()).extracting(SkippedFile::path, SkippedFile::reason).containsExactly(
        tuple("src/away", SkippedFile.LINK_OUTSIDE), tuple("src/secret.java", SkippedFile.LINK_OUTSIDE));
  }

  @Test
  void skipsBuildOutputBesideItsBuildFileVendoredCodeAndMinifiedFiles() throws IOException {
    touch("pyproject.toml", "pkg/build/helpers.py", "build/lib/pkg/big.py", "dist/pkg.whl", "web/dist/app.js",
        "go/go.mod", "go/vendor/lib/x.go", "go/main.go", "vendor/ours.py", "static/app.min.js", "static/site.min.css",
        "static/app.js", "lib/python3.12/site-packages/dep.py", ".tox/py312/x.py");
    assertThat(walk(List.of(), List.of(), ".")).containsExactly("go/go.mod", "go/main.go", "pkg/build/helpers.py",
        "pyproject.toml", "static/app.js", "vendor/ours.py", "web/dist/app.js");
  }

  @Test
  void neverEntersTheFoldersTheRequestNamesNorListsReportTempFiles() throws IOException {
    touch("app.py", "out/perf/perf-report.json", "target/perf/perf-report.json", "target/notes.py",
        "reports/.perf-report.json.6f1c.tmp", "reports/.perf-cache.json.gz.0a2b.tmp", "reports/.keep.tmp");
    List<String> found = new SourceWalker(root, List.of(), List.of(), false,
        List.of(Path.of("target"), root.resolve("out/perf")), Ignores.NONE).walk(List.of(Path.of(".")))
        .stream().map(SourceFile::relativePath).toList();
    assertThat(found).containsExactly("app.py", "reports/.keep.tmp");
  }

  @Test
  void leavesOutWhatTheIgnoreRulesIgnoreWithoutEnteringIgnoredFolders() throws IOException {
    touch("a.py", "b.log", "scratch/big.py", "scratch/deep/c.py");
    List<Path> asked = new ArrayList<>();
    Ignores ignores = (path, folder) -> {
      asked.add(root.relativize(path));
      return path.getFileName().toString().equals("scratch") || path.toString().endsWith(".log");
    };
    List<String> found = new SourceWalker(root, List.of(), List.of(), false, List.of(), ignores)
        .walk(List.of(Path.of("."))).stream().map(SourceFile::relativePath).toList();
    assertThat(found).containsExactly("a.py");
    assertThat(asked).doesNotContain(Path.of("scratch/big.py"), Path.of("scratch/deep"));
  }
}
