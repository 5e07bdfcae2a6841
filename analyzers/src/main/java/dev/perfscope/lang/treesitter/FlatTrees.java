package dev.perfscope.lang.treesitter;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.treesitter.TSLanguage;

/**
 * Parses a file and reads its whole tree in one call to this project's own native library
 * ({@code src/main/native/flat_trees.c}, built with tree-sitter's sources for the platforms the build has a
 * compiler for). Through the bindings, reading a tree costs three to four times its parse, because their JNI code
 * crosses into Java for every node and looks classes and fields up by name at each crossing. Where this platform
 * has no library of ours, or {@code -Ddev.perfscope.flatTrees=false} is set, {@link #available()} is false and trees
 * are read through the bindings, with the same result.
 */
final class FlatTrees {
  static final int HEADER = 3;
  static final int NODE = 5;

  private static final System.Logger LOG = System.getLogger(FlatTrees.class.getName());
  private static final ThreadLocal<ParseWatch> WATCH = new ThreadLocal<>();
  private static final Field LANGUAGE_POINTER = languagePointer();
  private static final boolean AVAILABLE = LANGUAGE_POINTER != null && load();

  private FlatTrees() {}

  /** Whether trees can be read through this project's library on this platform. */
  static boolean available() {
    return AVAILABLE;
  }

  /**
   * The flat tree of {@code utf8} (see flat_trees.c for its layout), or null when {@code watch} stopped the parse
   * or the library could not read the tree (the caller then reads it through the bindings).
   */
  static int[] parse(TSLanguage language, byte[] utf8, ParseWatch watch) {
    WATCH.set(watch);
    try {
      return parse(LANGUAGE_POINTER.getLong(language), utf8);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } finally {
      WATCH.remove();
    }
  }

  private static native int[] parse(long language, byte[] utf8);

  /** Called from the native parse's progress callback. */
  @SuppressWarnings("unused")
  private static boolean keepParsing(int reachedByte) {
    return WATCH.get().keepGoing(reachedByte);
  }

  /** The resource of this platform's library, or null when none is built for it. */
  static String resource() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String platform = (os.startsWith("linux") ? "linux" : os.startsWith("windows") ? "windows" : os.replace(' ', '-'))
        + "-" + (arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch.equals("arm64") ? "aarch64" : arch);
    return "native/" + platform + "/" + System.mapLibraryName("perfscope_trees");
  }

  private static boolean load() {
    if (!Boolean.parseBoolean(System.getProperty("dev.perfscope.flatTrees", "true"))) {
      return false;
    }
    try (InputStream library = FlatTrees.class.getResourceAsStream(resource())) {
      if (library == null) {
        return false;
      }
      String name = System.mapLibraryName("perfscope_trees");
      Path file = Files.createTempFile("perfscope-", name.substring(name.lastIndexOf('.')));
      file.toFile().deleteOnExit();
      Files.copy(library, file, StandardCopyOption.REPLACE_EXISTING);
      System.load(file.toString());
      return true;
    } catch (IOException | LinkageError | SecurityException e) {
      // musl, an old glibc: the bindings still read every tree, only slower
      LOG.log(System.Logger.Level.DEBUG, "reading trees through the tree-sitter bindings: " + e);
      return false;
    }
  }

  /** The bindings keep a grammar's native address in a private field; the grammar object keeps it alive. */
  private static Field languagePointer() {
    try {
      Field field = TSLanguage.class.getDeclaredField("ptr");
      field.setAccessible(true);
      return field.getType() == long.class ? field : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
