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
    touch("pom.xml", "App.java", "target/classes/Gen.java", "src/.git/config", "lib/.git", "web/node_modules/x.js",
        "env/pyvenv.cfg", "env/lib/site.py", "py/__pycache__/m.py", "gen/generated-sources/G.java", "src/a/target/T.java",
        "src/pip/_vendor/vendor.txt", "src/pip/_vendor/rich/console.py");
    assertThat(walk(List.of(), List.of(), "."))
        .containsExactly("App.java", "pom.xml", "src/a/target/T.java"); // a package named target is kept
  }

  @Test
  void appliesGlobsRelativeToTheRootWithAntStyleLeadingStars() throws IOException {
    touch("Top.java", "src/main/java/a/A.java", "src/main/java/a/legacy/Old.java", "src/main/resources/r.txt");
    assertThat(walk(List.of("**/*.java"), List.of("**/legacy/**"), "."))
        .containsExactly("Top.java", "src/main/java/a/A.java");
  }

  private SourceWalker.Walked find(List<String> includes, List<String> excludes, String... roots) {
    return new SourceWalker(root, includes, excludes).naming(setting -> "perf." + setting).find(java.util.Arrays.stream(roots).map(Path::of).toList());
  }

  private static List<String> paths(SourceWalker.Walked walked) {
    return walked.files().stream().map(SourceFile::relativePath).toList();
  }

  @Test
  void matchesGlobsRelativeToTheSourceRootThatHoldsTheFileAsPmdAndCheckstyleDo() throws IOException {
    touch("src/main/java/a/A.java", "src/main/java/b/B.java", "src/test/java/a/ATest.java", "src/test/java/b/BTest.java");
    assertThat(paths(find(List.of(), List.of("a/**"), "src/main/java", "src/test/java")))
        .containsExactly("src/main/java/b/B.java", "src/test/java/b/BTest.java");
    assertThat(paths(find(List.of("a/*.java"), List.of(), "src/main/java", "src/test/java")))
        .containsExactly("src/main/java/a/A.java", "src/test/java/a/ATest.java");
  }

  @Test
  void stillMatchesGlobsRelativeToTheBaseDirectory() throws IOException {
    touch("src/main/java/a/A.java", "src/main/java/b/B.java", "src/test/java/a/ATest.java");
    assertThat(paths(find(List.of(), List.of("src/test/**"), "src/main/java", "src/test/java")))
        .containsExactly("src/main/java/a/A.java", "src/main/java/b/B.java");
    assertThat(paths(find(List.of("src/main/java/b/*.java", "a/ATest.java"), List.of(), "src/main/java", "src/test/java")))
        .containsExactly("src/main/java/b/B.java", "src/test/java/a/ATest.java"); // one of each convention
  }

  @Test
  void aLeadingDoubleStarMatchesAtTheTopOfASourceRoot() throws IOException {
    touch("src/main/java/A.java", "src/main/java/a/B.java", "src/main/java/r.txt");
    assertThat(paths(find(List.of("**/A.java", "**/a/*.java"), List.of(), "src/main/java")))
        .containsExactly("src/main/java/A.java", "src/main/java/a/B.java");
  }

  @Test
  void saysWhichIncludesMatchedNoFileUnderWhichRoots() throws IOException {
    touch("src/main/java/a/A.java", "src/test/java/a/ATest.java");
    SourceWalker.Walked walked = find(List.of("x/*.java"), List.of(), "src/main/java", "src/test/java");
    assertThat(walked.files()).isEmpty();
    assertThat(walked.unmatched()).contains("perf.includes [x/*.java] matched no file under src/main/java, src/test/java");
  }

  @Test
  void saysWhenTheExcludesLeaveOutEveryFile() throws IOException {
    touch("src/main/java/a/A.java");
    assertThat(find(List.of(), List.of("**/*.java"), "src/main/java").unmatched())
        .contains("perf.excludes [**/*.java] left out every file under src/main/java");
    assertThat(find(List.of("a/*"), List.of("**/A.java"), "src/main/java").unmatched())
        .contains("perf.excludes [**/A.java] left out every file under src/main/java that perf.includes [a/*] selected");
    assertThat(find(List.of(), List.of("**/*.java"), ".").unmatched())
        .contains("perf.excludes [**/*.java] left out every file under the base directory");
  }

  @Test
  void saysNothingWhenGlobsSelectAFileOrThereIsNoneToSelect() throws IOException {
    touch("src/main/java/a/A.java");
    assertThat(find(List.of("a/*.java"), List.of(), "src/main/java").unmatched()).isEmpty();
    assertThat(find(List.of(), List.of(), "src/main/java", "src/missing").unmatched()).isEmpty();
    Files.createDirectories(root.resolve("empty"));
    assertThat(find(List.of("x/*.java"), List.of(), "empty").unmatched()).isEmpty();
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
    SourceWalker.Walked walked = find(List.of(), List.of(), "src");
    assertThat(paths(walked)).containsExactly("src/A.java");
    assertThat(walked.skipped()).extracting(SkippedFile::path, SkippedFile::reason, SkippedFile::detail)
        .containsExactly(
            tuple("src/B.java", SkippedFile.LINK, "a symbolic link, followed only with perf.followLinks"),
            tuple("src/more", SkippedFile.LINK, "a symbolic link, followed only with perf.followLinks"));
  }

  @Test
  void aBackslashInAFileNameIsPartOfTheNameNotAFolder() throws IOException {
    touch("a/b.py", "a\\b.py");
    assertThat(walk(List.of(), List.of(), ".")).containsExactly("a/b.py", "a\\b.py");
  }

  @Test
  void aNamedPipeIsListedAsSkipped() throws Exception {
    touch("src/A.java");
    Process mkfifo = new ProcessBuilder("mkfifo", root.resolve("src/pipe.py").toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    SourceWalker.Walked walked = find(List.of(), List.of(), "src");
    assertThat(paths(walked)).containsExactly("src/A.java");
    assertThat(walked.skipped()).extracting(SkippedFile::path, SkippedFile::reason)
        .containsExactly(tuple("src/pipe.py", SkippedFile.NOT_A_FILE));
  }

  @Test
  void aFolderThatCannotBeListedIsListedAsSkippedAndTheWalkGoesOn() throws IOException {
    touch("src/A.java", "src/locked/B.java", "src/z/C.java");
    Path locked = root.resolve("src/locked");
    Files.setPosixFilePermissions(locked, java.util.Set.of());
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "not running as root");
      SourceWalker.Walked walked = find(List.of(), List.of(), "src");
      assertThat(paths(walked)).containsExactly("src/A.java", "src/z/C.java");
      assertThat(walked.skipped()).extracting(SkippedFile::path, SkippedFile::reason, SkippedFile::detail)
          .containsExactly(tuple("src/locked", SkippedFile.UNREADABLE, "cannot list this folder: permission denied"));
    } finally {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  /**
   * As root, nothing is locked by permissions; {@code /proc/1/map_files} opens, but the kernel refuses to list
   * it (this broke the walk of {@code sourceRoots=/}).
   */
  @Test
  void aFolderTheKernelWillNotListIsListedAsSkipped() {
    Path process = Path.of("/proc/1");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(process.resolve("map_files"))
        && !isListable(process.resolve("map_files")), "a Linux /proc that keeps map_files closed");
    SourceWalker.Walked walked = new SourceWalker(process, List.of(), List.of()).find(List.of(Path.of(".")));
    assertThat(walked.skipped()).extracting(SkippedFile::path, SkippedFile::reason, SkippedFile::detail)
        .contains(tuple("map_files", SkippedFile.UNREADABLE, "listing this folder stopped: permission denied"));
  }

  private static boolean isListable(Path folder) {
    try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
      return entries.count() >= 0;
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
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
