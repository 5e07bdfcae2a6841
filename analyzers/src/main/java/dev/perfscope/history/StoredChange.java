package dev.perfscope.history;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.Objects;
import org.eclipse.jgit.diff.DiffEntry.ChangeType;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A {@link Change} as {@link HistoryCache} stores it: the blob ids only when its lines were not counted yet
 * (they are needed to count them later), a modification's path once, as a JSON array.
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY) // positional: a cache of one window holds tens of thousands
record StoredChange(ChangeType type, String path, String oldPath, Integer added, Integer removed, String ids) {

  static StoredChange of(Change change) {
    String oldPath = change.oldPath().equals(change.newPath()) ? null : change.oldPath();
    LineCounter.Lines lines = change.lines();
    return lines == null
        ? new StoredChange(change.type(), change.newPath(), oldPath, null, null,
            change.oldId().name() + ":" + change.newId().name())
        : new StoredChange(change.type(), change.newPath(), oldPath, lines.added(), lines.removed(), null);
  }

  Change toChange() {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(path, "path");
    String before = oldPath == null ? path : oldPath;
    if (ids == null) {
      return new Change(type, before, path, null, null, new LineCounter.Lines(added, removed));
    }
    String[] both = ids.split(":");
    return new Change(type, before, path, ObjectId.fromString(both[0]), ObjectId.fromString(both[1]), null);
  }
}
