package dev.perfscope.lang.go;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tree-sitter-go in a JVM of its own, as in a forked worker: it measures where the bindings bundle a native
 * library, and on a platform without one (here an architecture they do not know) Go files are counted by lines
 * only, with one warning and no crash.
 */
class GoNativeLoadingTest {
  @TempDir Path tmp;

  @Test
  void measuresWhereTheNativeLibraryLoads() throws Exception {
    assertThat(probe(null)).contains("functions=1 code=4 comment=1 parseError=null");
  }

  @Test
  void withoutANativeLibraryLinesAreCountedWithOneWarning() throws Exception {
    String out = probe("-Dos.arch=riscv64");
    assertThat(out).contains("functions=0 code=5 comment=0 parseError=null");
    assertThat(out.split("Go files are counted by lines only", -1)).as("one warning").hasSize(2);
  }

  private String probe(String property) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path output = tmp.resolve("out");
    ProcessBuilder builder = property == null
        ? new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), GoProbe.class.getName())
        : new ProcessBuilder(java, property, "-cp", System.getProperty("java.class.path"), GoProbe.class.getName());
    Process jvm = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
    assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(jvm.exitValue()).isZero();
    return Files.readString(output, StandardCharsets.UTF_8);
  }
}
