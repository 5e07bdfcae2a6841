package dev.perfscope.lang;

import java.util.List;

/**
 * A file of a package that other files import as a whole, never the file (Go's, Kotlin's): it has no module names,
 * it stays where it is when split, and its parts, files of the same package beside it, see each other's names
 * without imports. Shared so that such languages say only how they name a part's file.
 */
public interface PackageFile extends ModuleFile {
  /** The file's name, without its folder. */
  String fileName();

  /** The name of the file at {@code path}: what follows its last {@code /}. */
  static String nameOf(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  @Override
  default List<String> names() {
    return List.of();
  }

  @Override
  default String stayingFile() {
    return fileName();
  }

  @Override
  default boolean partsShareScope() {
    return true;
  }
}
