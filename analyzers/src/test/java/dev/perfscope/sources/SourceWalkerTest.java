package dev.perfscope.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
