package dev.perfscope.sources;

/** How many walks of source roots were made so far, for tests outside this package that count them. */
public final class Walks {
  private Walks() {}

  public static int count() {
    return SourceWalker.WALKS.get();
  }
}
