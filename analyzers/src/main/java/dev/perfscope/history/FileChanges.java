package dev.perfscope.history;

import dev.perfscope.model.FileHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;

/** The changes to one file gathered during the walk, newest first; turned into a {@link FileHistory} at the end. */
final class FileChanges {

  /** One commit that changed the file, and the path the file had in it. */
  record Touch(ObjectId commit, String path, Instant when) {}

  private final List<Touch> touches = new ArrayList<>();
  private final Set<String> authors = new HashSet<>();
  private int linesAdded;
  private int linesRemoved;
  private Instant first;
  private Instant last;

  void record(Touch touch, String author, int added, int removed) {
    touches.add(touch);
    authors.add(author);
    linesAdded += added;
    linesRemoved += removed;
    first = first == null || touch.when().isBefore(first) ? touch.when() : first;
    last = last == null || touch.when().isAfter(last) ? touch.when() : last;
  }

  /** The commits that changed the file, newest first. */
  List<Touch> touches() {
    return touches;
  }

  FileHistory toHistory() {
    return new FileHistory(touches.size(), authors.size(), linesAdded, linesRemoved, first.toString(),
        last.toString());
  }
}
