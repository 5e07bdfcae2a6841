package dev.perfscope.lang.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kotlin grammar in a JVM of its own, as in a forked worker: it loads and measures, and on a platform without
 * a bundled library (here an architecture the bindings do not know) Kotlin files are counted by lines, with one
 * warning naming them and no crash.
 */
class KotlinNativeLoadingTest {
  @TempDir Path tmp;

  @Test
  void theGrammarLoadsInAJvmOfItsOwn() throws Exception {
    String out = probe("-Djava.io.tmpdir=" + tmp);
    assertThat(out).contains("functions=1 code=3 comment=1 parseError=null");
  }

  @Test
  void withoutANativeLibraryLinesAreCountedWithOneWarning() throws Exception {
    String out = probe("-Dos.arch=riscv64");
    assertThat(out).contains("functions=0 code=4 comment=0 parseError=null");
    assertThat(out.split("Kotlin files are counted by lines only", -1)).as("one warning").hasSize(2);
  }

  private String probe(String property) throws IOException, InterruptedException {
    Path output = tmp.resolve("out");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process jvm = new ProcessBuilder(java, property, "-cp", System.getProperty("java.class.path"),
        KotlinProbe.class.getName()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(jvm.exitValue()).isZero();
    return Files.readString(output, StandardCharsets.UTF_8);
  }
}
