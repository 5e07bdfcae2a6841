package dev.perfscope.lang.kotlin;

/**
 * A unit's declared value parameters (an extension's receiver is none). Example: {@code fun String.pad(n: Int,
 * c: Char = ' ')} has 2.
 */
final class Parameters {
  private Parameters() {}

  static int of(KotlinTree tree, int unit) {
    int list = tree.childOf(unit, Kind.PARAMETERS);
    int count = 0;
    for (int c = list < 0 ? -1 : tree.firstChild(list); c >= 0; c = tree.nextSibling(c)) {
      count += tree.kind(c) == Kind.PARAMETER ? 1 : 0;
    }
    return count;
  }
}
