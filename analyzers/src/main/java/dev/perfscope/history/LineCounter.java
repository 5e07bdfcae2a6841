package dev.perfscope.history;

import java.io.IOException;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * Counts the lines one change added and removed, as {@code git diff --numstat} does, with the histogram
 * diff. Binary files, very large files and submodule links count no lines.
 */
final class LineCounter {
  private static final int MAX_BYTES = 8 * 1024 * 1024;

  /** Lines added and removed by one change. */
  record Lines(int added, int removed) {
    static final Lines NONE = new Lines(0, 0);
  }

  private final ObjectReader reader;
  private final DiffAlgorithm histogram = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);

  LineCounter(ObjectReader reader) {
    this.reader = reader;
  }

  Lines count(DiffEntry entry) throws IOException {
    if (entry.getOldMode() == FileMode.GITLINK || entry.getNewMode() == FileMode.GITLINK) {
      return Lines.NONE;
    }
    RawText before = text(entry.getOldId());
    RawText after = text(entry.getNewId());
    if (before == null || after == null) {
      return Lines.NONE;
    }
    int added = 0;
    int removed = 0;
    for (Edit edit : histogram.diff(RawTextComparator.DEFAULT, before, after)) {
      added += edit.getLengthB();
      removed += edit.getLengthA();
    }
    return new Lines(added, removed);
  }

  /** The blob's text; empty for no blob (an added or deleted side), null when binary or too large. */
  private RawText text(AbbreviatedObjectId id) throws IOException {
    if (id == null || id.toObjectId().equals(ObjectId.zeroId())) {
      return RawText.EMPTY_TEXT;
    }
    try {
      byte[] bytes = reader.open(id.toObjectId(), Constants.OBJ_BLOB).getCachedBytes(MAX_BYTES);
      return RawText.isBinary(bytes) ? null : new RawText(bytes);
    } catch (LargeObjectException e) {
      return null;
    }
  }
}
