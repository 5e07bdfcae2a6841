package dev.perfscope.lang.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The native grammars in JVMs of their own, as in a forked worker: two JVMs loading them at once from one
 * temporary folder both measure, and a platform without a bundled library (here an architecture the bindings do not
 * know) counts lines only, with one warning and no crash.
 */
class NativeLoadingTest {
  @TempDir Path tmp;

  @Test
  void twoJvmsLoadTheGrammarsAtOnceFromOneTemporaryFolder() throws Exception {
    List<Process> jvms = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      jvms.add(probe(tmp.resolve("out" + i), "-Djava.io.tmpdir=" + tmp));
    }
    for (int i = 0; i < 2; i++) {
      assertThat(jvms.get(i).waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(jvms.get(i).exitValue()).isZero();
      assertThat(Files.readString(tmp.resolve("out" + i))).contains("functions=1 code=3 comment=1 parseError=null");
    }
  }

  @Test
  void withoutANativeLibraryLinesAreCountedWithOneWarning() throws Exception {
    Process jvm = probe(tmp.resolve("out"), "-Dos.arch=riscv64");
    assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(jvm.exitValue()).isZero();
    String out = Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8);
    assertThat(out).contains("functions=0 code=4 comment=0 parseError=null");
    assertThat(out.split("counted by lines only", -1)).as("one warning").hasSize(2);
  }

  private static Process probe(Path output, String property) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, property, "-cp", System.getProperty("java.class.path"), ScriptProbe.class.getName())
        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
  }
}
