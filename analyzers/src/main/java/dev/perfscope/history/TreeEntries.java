package dev.perfscope.history;

import java.util.Arrays;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A cursor over the entries of a raw git tree ({@code <octal mode> <name>\0<20-byte id>}, sorted the git way),
 * read in place: comparing two trees allocates nothing for the entries they share.
 */
final class TreeEntries {
  private final byte[] raw;
  private int start;
  private int mode;
  private int nameStart;
  private int nameEnd;

  TreeEntries(byte[] raw) {
    this.raw = raw;
    parse(0);
  }

  boolean done() {
    return start >= raw.length;
  }

  void next() {
    parse(end());
  }

  /**
   * Moves both cursors past the entries they share byte for byte from here (a tree diff's common case: one
   * entry of many changed), reading only this tree's entries and only up to the first byte that differs.
   * Returns whether anything is left to compare.
   */
  boolean skipShared(TreeEntries other) {
    int same = Arrays.mismatch(raw, start, raw.length, other.raw, other.start, other.raw.length);
    if (same < 0) {
      parse(raw.length);
      other.parse(other.raw.length);
      return false;
    }
    int from = start;
    while (!done() && end() - from <= same) {
      next();
    }
    other.parse(other.start + start - from);
    return true;
  }

  int mode() {
    return mode;
  }

  boolean isTree() {
    return FileMode.TREE.equals(mode);
  }

  ObjectId id() {
    return ObjectId.fromRaw(raw, nameEnd + 1);
  }

  /** Whether both entries have the same mode and id (their names are compared by {@link #orderAgainst}). */
  boolean sameEntry(TreeEntries other) {
    return mode == other.mode && sameId(other);
  }

  /** Which entry comes first in git's order, a tree at its end counting as last; 0 for the same name. */
  int orderAgainst(TreeEntries other) {
    return done() ? 1 : other.done() ? -1 : compareTo(other);
  }

  private boolean sameId(TreeEntries other) {
    int id = nameEnd + 1;
    int otherId = other.nameEnd + 1;
    return Arrays.equals(raw, id, id + Constants.OBJECT_ID_LENGTH, other.raw, otherId,
        otherId + Constants.OBJECT_ID_LENGTH);
  }

  /**
   * Git's order of entries in one tree: by name, byte by byte, a subtree's name as if it ended in '/'; so a
   * file and a subtree of the same name are two entries.
   */
  private int compareTo(TreeEntries other) {
    int length = Math.min(nameEnd - nameStart, other.nameEnd - other.nameStart);
    int cmp = Arrays.compareUnsigned(raw, nameStart, nameStart + length, other.raw, other.nameStart,
        other.nameStart + length);
    if (cmp != 0) {
      return cmp;
    }
    return charAfter(nameStart + length) - other.charAfter(other.nameStart + length);
  }

  /** Appends the entry's name to {@code path} at {@code at}; returns the path, grown when it had to. */
  byte[] appendName(byte[] path, int at) {
    int length = nameEnd - nameStart;
    byte[] to = path.length > at + length ? path : Arrays.copyOf(path, 2 * (at + length + 1));
    System.arraycopy(raw, nameStart, to, at, length);
    return to;
  }

  int nameLength() {
    return nameEnd - nameStart;
  }

  private int end() {
    return nameEnd + 1 + Constants.OBJECT_ID_LENGTH;
  }

  private int charAfter(int at) {
    if (at < nameEnd) {
      return raw[at] & 0xff;
    }
    return isTree() ? '/' : '\0';
  }

  private void parse(int at) {
    start = at;
    if (done()) {
      return;
    }
    int bits = 0;
    int p = at;
    while (raw[p] != ' ') {
      bits = (bits << 3) + (raw[p++] - '0');
    }
    mode = bits;
    nameStart = p + 1;
    nameEnd = nameStart;
    while (raw[nameEnd] != 0) {
      nameEnd++;
    }
  }
}
