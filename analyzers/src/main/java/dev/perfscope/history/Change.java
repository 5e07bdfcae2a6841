package dev.perfscope.history;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffEntry.ChangeType;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;

/**
 * One file's change in one commit, as the tree diff (with rename detection) found it; {@code lines} is null
 * until its lines are counted, which is done only for files whose history is wanted.
 */
record Change(ChangeType type, String oldPath, String newPath, ObjectId oldId, ObjectId newId,
    LineCounter.Lines lines) {

  /** The change, its lines counted already when it is a submodule link (which counts none). */
  static Change of(DiffEntry entry) {
    return new Change(entry.getChangeType(), entry.getOldPath(), entry.getNewPath(), entry.getOldId().toObjectId(),
        entry.getNewId().toObjectId(), countedAlready(entry.getOldMode(), entry.getNewMode()));
  }

  /** The lines of a change between these modes known without counting: none for a submodule link, else null. */
  static LineCounter.Lines countedAlready(FileMode before, FileMode after) {
    return before == FileMode.GITLINK || after == FileMode.GITLINK ? LineCounter.Lines.NONE : null;
  }

  /** The file's path in this commit: its old path when the commit deleted it. */
  String path() {
    return type == ChangeType.DELETE ? oldPath : newPath;
  }

  Change counted(LineCounter.Lines counted) {
    return new Change(type, oldPath, newPath, oldId, newId, counted);
  }
}
