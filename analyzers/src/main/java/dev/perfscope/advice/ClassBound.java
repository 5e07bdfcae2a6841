package dev.perfscope.advice;

import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Member;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The members of a Java class that cannot leave it when its file is split: its constructors, which make the
 * class's own instances, an enum's constants, which Java declares nowhere but in the enum, the serialization hooks
 * Java looks up by name on the serialized class itself ({@code writeObject}, {@code readResolve},
 * {@code serialVersionUID} ...; moved to another class, they are silently ignored), the methods that its
 * subclasses override (moved to a delegate, the class would call the delegate's and no override would be called:
 * Commons Collections' {@code LinkedMap} and {@code IdentityMap} override twelve hooks of {@code HashedMap}), and,
 * when files of other packages use the class, its published API ({@link Member#published()}), which they reach on
 * the class by its name (within one package, callers are close and a split may move public methods to a new class
 * and update them); so too when the class documents the version it appeared in, as a library's API, whose callers
 * are outside the tree. The partition starts them in one part, which keeps the class ({@link SplitPlan}: the part
 * holding the constructors). Apache Commons Collections' maintainers split {@code HashedMap.java} leaving
 * constructors and hooks in it (its public methods went to a base class it extends, where callers still reach
 * them); Gson's moved the private adapters out of {@code Gson.java} and left its public methods.
 */
final class ClassBound {
  private static final Set<String> SERIALIZATION = Set.of("serialVersionUID", "serialPersistentFields", "writeObject",
      "readObject", "readObjectNoData", "writeReplace", "readResolve");

  private ClassBound() {}

  /**
   * What other code does with the class that binds its members to it: {@code api}, files of other packages use
   * it, or it is a library's versioned API ({@link dev.perfscope.model.Structure#versionedApi}), so its published
   * members are bound; {@code overridden}, the names of its methods that subclasses override.
   */
  record Reach(boolean api, Set<String> overridden) {
    static final Reach NONE = new Reach(false, Set.of());

    Reach {
      overridden = Set.copyOf(overridden);
    }

    /** What other files do with the class {@code className} of {@code file}. */
    static Reach of(FileMetrics file, String className, Clients clients, Overrides overrides) {
      return new Reach(file.structure().versionedApi() || clients.reachedFromOtherFolders(file.path()),
          overrides.of(file, className));
    }
  }

  /** The indices, in {@code graph}, of the members bound to the class {@code className} (the file's own). */
  static Set<Integer> of(MemberGraph graph, String className, Reach reach) {
    Set<Integer> bound = new HashSet<>();
    for (int i = 0; i < graph.size(); i++) {
      if (isBound(graph.member(i), className, reach)) {
        bound.add(i);
      }
    }
    return bound;
  }

  /**
   * The lines of {@code members} (a Java file's, whose class is {@code className}) that no split can move out of
   * the class, with the comments before each ({@link MemberGraph#ownLines}).
   */
  static int lines(List<Member> members, String className, Reach reach) {
    int[] own = MemberGraph.ownLines(members);
    int lines = 0;
    for (int i = 0; i < members.size(); i++) {
      if (isBound(members.get(i), className, reach)) {
        lines += own[i];
      }
    }
    return lines;
  }

  private static boolean isBound(Member m, String className, Reach reach) {
    if (!m.owner().equals(className)) {
      return false; // another top-level type's, or a nested type's, which moves with its type
    }
    return m.kind().equals("constructor") || m.kind().equals("constant") || reach.api() && m.published()
        || SERIALIZATION.contains(m.plainName()) || isOverridden(m, reach.overridden());
  }

  /** Whether {@code m} is a method of the class that subclasses override, by the names in {@code overridden}. */
  static boolean isOverridden(Member m, Set<String> overridden) {
    return m.kind().equals("method") && overridden.contains(m.plainName());
  }
}
