package dev.perfscope.history;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffEntry.ChangeType;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;

/**
 * One file's change in one commit, as the tree diff (with rename detection) found it; {@code lines} is null
 * until its lines are counted, which is done only for files whose history is wanted.
 */
record Change(ChangeType type, String oldPath, String newPath, ObjectId oldId, ObjectId newId, LineCounter.Lines lines) {

  /** The change, its lines counted already when it is a submodule link (which counts none). */
  static Change of(DiffEntry entry) {
    boolean gitlink = entry.getOldMode() == FileMode.GITLINK || entry.getNewMode() == FileMode.GITLINK;
    return new Change(entry.getChangeType(), entry.getOldPath(), entry.getNewPath(), entry.getOldId().toObjectId(),
        entry.getNewId().toObjectId(), gitlink ? LineCounter.Lines.NONE : null);
  }

  /** The file's path in this commit: its old path when the commit deleted it. */
  String path() {
    return type == ChangeType.DELETE ? oldPath : newPath;
  }

  Change counted(LineCounter.Lines counted) {
    return new Change(type, oldPath, newPath, oldId, newId, counted);
  }
}
