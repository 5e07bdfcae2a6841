package dev.perfscope.history;

import dev.perfscope.lang.LanguageAnalyzer;
import dev.perfscope.lang.SourceText;
import dev.perfscope.lang.registry.Languages;
import dev.perfscope.model.Member;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Which members of a file each commit of its history changed: the commit's diff against its parent (histogram,
 * as {@link LineCounter}), each edited line range mapped to the members whose line span it touches, on the new
 * side (what was added or rewritten) and on the old side (what was removed), each version's members as its
 * language analyzer finds them. Members that keep changing together belong together (change coupling); a
 * commit that added the file says nothing about which, and is left out. Names are as the structure has them,
 * without an overload's line ({@code parse} for {@code parse@120}), since lines move from version to version.
 */
final class MemberChanges {
  private static final int KEPT_VERSIONS = 8;

  private final Repository repository;
  private final Languages languages;
  private final Charset encoding;
  private final DiffAlgorithm histogram = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);
  /** A file's consecutive changes share a version (one's new side is the next one's old side): parsed once. */
  private final Map<ObjectId, Version> versions = new RecentlyUsed<>(KEPT_VERSIONS);

  /** One version of the file: its text and its members. */
  private record Version(RawText text, List<Member> members) {}

  MemberChanges(Repository repository, Languages languages, Charset encoding) {
    this.repository = repository;
    this.languages = languages;
    this.encoding = encoding;
  }

  /** Per commit that changed the file (newest first), the members it changed; commits that changed none left out. */
  List<List<String>> of(FileChanges changes) throws IOException {
    List<List<String>> commits = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repository)) {
      for (FileChanges.Touch touch : changes.touches()) {
        RevCommit commit = walk.parseCommit(touch.commit());
        if (commit.getParentCount() == 0) {
          continue;
        }
        Version after = version(touch.path(), commit);
        Version before = version(touch.path(), walk.parseCommit(commit.getParent(0)));
        if (after != null && before != null) {
          Set<String> changed = changed(before, after);
          if (!changed.isEmpty()) {
            commits.add(List.copyOf(changed));
          }
        }
      }
    }
    return commits;
  }

  private Set<String> changed(Version before, Version after) {
    Set<String> names = new TreeSet<>();
    for (Edit edit : histogram.diff(RawTextComparator.DEFAULT, before.text(), after.text())) {
      touched(after.members(), edit.getBeginB(), edit.getEndB(), names);
      touched(before.members(), edit.getBeginA(), edit.getEndA(), names);
    }
    return names;
  }

  /** Adds the members whose lines meet lines {@code begin} (0-based) to {@code end} (exclusive) to {@code names}. */
  private static void touched(List<Member> members, int begin, int end, Set<String> names) {
    if (begin == end) {
      return; // nothing on this side: an insertion seen from the old side or a deletion from the new
    }
    for (Member m : members) {
      if (m.startLine() <= end && m.endLine() > begin) {
        names.add(withoutOverload(m.name()));
      }
    }
  }

  /** {@code Parser.parse} for {@code Parser.parse@120}. */
  static String withoutOverload(String name) {
    int at = name.lastIndexOf('@');
    return at < 0 ? name : name.substring(0, at);
  }

  /** The file at {@code path} in {@code commit}, parsed; null when it is not there or its analyzer fails. */
  private Version version(String path, RevCommit commit) throws IOException {
    try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
      if (tree == null) {
        return null;
      }
      ObjectId blob = tree.getObjectId(0);
      if (versions.containsKey(blob)) {
        return versions.get(blob);
      }
      byte[] bytes = repository.open(blob).getBytes();
      Version version = parse(path, bytes);
      versions.put(blob, version);
      return version;
    }
  }

  private Version parse(String path, byte[] bytes) {
    try {
      LanguageAnalyzer language = languages.forFile(path);
      List<Member> members = language.analyze(new SourceText(new String(bytes, encoding))).structure().members();
      return new Version(new RawText(bytes), members);
    } catch (RuntimeException | StackOverflowError e) {
      return null; // an analyzer failing on an old version costs only that commit
    }
  }
}
