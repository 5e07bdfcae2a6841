package dev.perfscope.history;

import java.io.IOException;
import java.util.Map;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * Counts the lines one change added and removed, as {@code git diff --numstat} does, with the histogram
 * diff. Binary and very large files count no lines (nor do submodule links: see {@link Change#of}). Given one
 * file's changes newest first ({@link LinesByFile}), a change's old side is the next change's new side, so the
 * last few texts are kept rather than unpacked twice. One per thread, with its own reader.
 */
final class LineCounter implements ParallelSegments.Worker<Change, LineCounter.Lines> {
  private static final int MAX_BYTES = 8 * 1024 * 1024;
  private static final int KEPT_TEXTS = 8;
  private static final RawText BINARY = new RawText(new byte[0]);

  /** Lines added and removed by one change. */
  record Lines(int added, int removed) {
    static final Lines NONE = new Lines(0, 0);
  }

  private final ObjectReader reader;
  private final DiffAlgorithm histogram = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);
  private final Map<ObjectId, RawText> texts = new RecentlyUsed<>(KEPT_TEXTS);

  LineCounter(Repository repository) {
    this.reader = repository.newObjectReader();
  }

  /** The change's lines; {@link Change#lines} when they are known already. */
  @Override
  public Lines apply(Change change) throws IOException {
    if (change.lines() != null) {
      return change.lines();
    }
    RawText before = text(change.oldId());
    RawText after = text(change.newId());
    if (before == BINARY || after == BINARY) {
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

  /** The blob's text; empty for no blob (an added or deleted side), {@link #BINARY} when binary or too large. */
  private RawText text(ObjectId id) throws IOException {
    if (id == null || id.equals(ObjectId.zeroId())) {
      return RawText.EMPTY_TEXT;
    }
    RawText text = texts.get(id);
    if (text == null) {
      text = read(id);
      texts.put(id, text);
    }
    return text;
  }

  private RawText read(ObjectId id) throws IOException {
    try {
      byte[] bytes = reader.open(id, Constants.OBJ_BLOB).getCachedBytes(MAX_BYTES);
      return RawText.isBinary(bytes) ? BINARY : new RawText(bytes);
    } catch (LargeObjectException e) {
      return BINARY;
    }
  }

  @Override
  public void close() {
    reader.close();
  }
}
