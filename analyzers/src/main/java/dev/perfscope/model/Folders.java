package dev.perfscope.model;

import java.util.List;

/** Folders of report paths ({@code a/b/C.java}: forward slashes, relative to the project). */
public final class Folders {
  private Folders() {}

  /** The folders {@code path} sits in, outermost first ({@code [a, b]} for {@code a/b/C.java}). */
  public static List<String> of(String path) {
    String[] segments = path.split("/");
    return List.of(segments).subList(0, segments.length - 1);
  }

  /** The deepest folder holding every one of {@code paths}, as its segments (empty: the root, or no paths). */
  public static List<String> common(List<String> paths) {
    List<String> common = null;
    for (String path : paths) {
      List<String> folders = of(path);
      int same = 0;
      while (common != null && same < common.size() && same < folders.size()
          && common.get(same).equals(folders.get(same))) {
        same++;
      }
      common = common == null ? folders : common.subList(0, same);
    }
    return common == null ? List.of() : common;
  }
}
