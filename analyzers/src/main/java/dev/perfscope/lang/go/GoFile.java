package dev.perfscope.lang.go;

import dev.perfscope.lang.PackageFile;
import java.util.Set;

/**
 * A Go file as advice splits it: its parts are files of the same package, in the same folder, which see each
 * other's names without imports. A part is named after the file and the part ({@code server.go} and
 * {@code handler} make {@code server_handler.go}), before the suffixes the go tool reads from a file's name
 * ({@code _test}, an operating system, an architecture), so a part of {@code fd_linux_test.go} is still a Linux
 * test file, and in lower case ({@code chunk_writer} for a part named after {@code chunkWriter}). Other files import
 * the package, by its folder, never the file: it has no module names.
 */
record GoFile(String fileName) implements PackageFile {
  private static final Set<String> BUILD_SUFFIXES = Set.of("test",
      "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd",
      "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
      "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle", "mips64",
      "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc",
      "sparc64", "wasm");

  static GoFile at(String path) {
    return new GoFile(PackageFile.nameOf(path));
  }

  @Override
  public String partFile(String module) {
    String base = fileName.substring(0, fileName.length() - ".go".length());
    int cut = base.length();
    while (cut > 0 && base.lastIndexOf('_', cut - 1) > 0
        && BUILD_SUFFIXES.contains(base.substring(base.lastIndexOf('_', cut - 1) + 1, cut))) {
      cut = base.lastIndexOf('_', cut - 1);
    }
    return base.substring(0, cut) + "_" + snakeCase(module) + base.substring(cut) + ".go";
  }

  /** Go names its files in lower case, words joined by {@code _}: a part named after {@code chunkWriter}. */
  private static String snakeCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
        .toLowerCase(java.util.Locale.ROOT);
  }

  /** A new file of the package; a test file's is a test file too, or the package itself would compile it. */
  @Override
  public String siblingFile(String module) {
    return module + (fileName.endsWith("_test.go") ? "_test.go" : ".go");
  }
}
