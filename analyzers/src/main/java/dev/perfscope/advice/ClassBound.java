package dev.perfscope.advice;

import dev.perfscope.model.Member;
import java.util.HashSet;
import java.util.Set;

/**
 * The members of a Java class that cannot leave it when its file is split: its constructors, which make the
 * class's own instances, and the serialization hooks Java looks up by name on the serialized class itself
 * ({@code writeObject}, {@code readResolve}, {@code serialVersionUID} ...; moved to another class, they are
 * silently ignored). The partition starts them in one part, which keeps the class ({@link SplitPlan}: the part
 * holding the constructors). Apache Commons Collections' maintainers split {@code HashedMap.java} leaving just
 * these in it.
 */
final class ClassBound {
  private static final Set<String> SERIALIZATION = Set.of("serialVersionUID", "serialPersistentFields", "writeObject",
      "readObject", "readObjectNoData", "writeReplace", "readResolve");

  private ClassBound() {}

  /** The indices, in {@code graph}, of the members bound to the class {@code className} (the file's own). */
  static Set<Integer> of(MemberGraph graph, String className) {
    Set<Integer> bound = new HashSet<>();
    for (int i = 0; i < graph.size(); i++) {
      if (isBound(graph.member(i), className)) {
        bound.add(i);
      }
    }
    return bound;
  }

  private static boolean isBound(Member m, String className) {
    if (!m.owner().equals(className)) {
      return false; // another top-level type's, or a nested type's, which moves with its type
    }
    String simple = m.simpleName();
    int at = simple.indexOf('@');
    return m.kind().equals("constructor") || SERIALIZATION.contains(at < 0 ? simple : simple.substring(0, at));
  }
}
