package dev.perfscope.history;

import java.util.Arrays;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * A cursor over the entries of one raw git tree, in git's order, read in place by JGit's
 * {@link CanonicalTreeParser} without a {@code TreeWalk} around it: {@link TreeDiff} compares two trees
 * entry by entry and needs nothing of the walk's filters, path buffers or iterator stack.
 */
final class TreeEntries {
  private final CanonicalTreeParser parser = new CanonicalTreeParser();

  TreeEntries(byte[] raw) {
    parser.reset(raw);
  }

  boolean done() {
    return parser.eof();
  }

  void next() {
    parser.next(1);
  }

  /** Whether either tree has an entry left. */
  boolean anyLeft(TreeEntries other) {
    return !done() || !other.done();
  }

  int mode() {
    return parser.getEntryRawMode();
  }

  boolean isTree() {
    return FileMode.TREE.equals(mode());
  }

  ObjectId id() {
    return parser.getEntryObjectId();
  }

  /** Same mode and same object: nothing changed at this name. */
  boolean sameEntry(TreeEntries other) {
    return mode() == other.mode() && parser.idEqual(other.parser);
  }

  /**
   * Which entry comes first in git's order (a subtree's name compared as if it ended in '/'); an exhausted
   * tree comes last.
   */
  int orderAgainst(TreeEntries other) {
    return done() ? 1 : other.done() ? -1 : parser.pathCompare(other.parser);
  }

  /** Appends the entry's name to {@code path} at {@code at}; returns the path, grown when it had to. */
  byte[] appendName(byte[] path, int at) {
    int length = parser.getNameLength();
    byte[] to = path.length > at + length ? path : Arrays.copyOf(path, 2 * (at + length + 1));
    parser.getName(to, at);
    return to;
  }

  int nameLength() {
    return parser.getNameLength();
  }
}
