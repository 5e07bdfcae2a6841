package dev.perfscope.advice;

import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.Member;
import dev.perfscope.model.Plan;
import dev.perfscope.model.Recommendation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code parameter-object}: parameters that travel together. A group is the {@value #MIN_GROUP} or more
 * parameter names two functions of the file share; it is proposed when one of the functions taking the whole
 * group has a parameters finding, or {@value #MIN_FUNCTIONS} functions take it. Largest groups first; a
 * group inside one already proposed is not repeated.
 */
final class ParameterObjectAdvisor {
  static final int MIN_GROUP = 3;
  static final int MIN_FUNCTIONS = 3;

  private final Priorities priorities;

  ParameterObjectAdvisor(Priorities priorities) {
    this.priorities = priorities;
  }

  List<Recommendation> advise(FileMetrics file, List<Finding> parameterFindings) {
    List<Member> functions = file.structure().members().stream().filter(m -> m.params().size() >= MIN_GROUP).toList();
    List<Recommendation> out = new ArrayList<>();
    List<Set<String>> proposed = new ArrayList<>();
    for (Set<String> group : groups(functions)) {
      if (proposed.stream().anyMatch(p -> p.containsAll(group))) {
        continue;
      }
      List<Member> taking = functions.stream().filter(f -> f.params().containsAll(group)).toList();
      List<Finding> fixed = parameterFindings.stream()
          .filter(f -> taking.stream().anyMatch(t -> f.line() >= t.startLine() && f.line() <= t.endLine())).toList();
      if (!fixed.isEmpty() || taking.size() >= MIN_FUNCTIONS) {
        proposed.add(group);
        out.add(recommend(file, group, taking, fixed));
      }
    }
    return out;
  }

  private Recommendation recommend(FileMetrics file, Set<String> group, List<Member> taking, List<Finding> fixed) {
    List<String> names = taking.stream().map(Member::name).toList();
    String object = PartNames.capitalized(group.iterator().next()) + "Params";
    return new Recommendation(priorities.of(file.path(), fixed), file.path(), "parameter-object",
        "Group (" + String.join(", ", group) + ") into a parameter object",
        String.format(Locale.ROOT, "%d functions take these %d parameters together: %s.", taking.size(),
            group.size(), String.join(", ", names)),
        Plan.parameterObject(List.copyOf(group), names),
        String.format(Locale.ROOT, "%d functions take one %s instead of %d parameters", taking.size(), object,
            group.size()), 0, 0, null)
        .withImpact(priorities.impact(file, fixed, taking.stream().mapToInt(Member::lines).sum()));
  }

  /** The parameter names each two functions share, when at least {@value #MIN_GROUP}; largest first. */
  private static List<Set<String>> groups(List<Member> functions) {
    List<Set<String>> groups = new ArrayList<>();
    for (int i = 0; i < functions.size(); i++) {
      for (int j = i + 1; j < functions.size(); j++) {
        Set<String> shared = new LinkedHashSet<>(functions.get(i).params());
        shared.retainAll(functions.get(j).params());
        if (shared.size() >= MIN_GROUP && !groups.contains(shared)) {
          groups.add(shared);
        }
      }
    }
    groups.sort((a, b) -> Integer.compare(b.size(), a.size()));
    return groups;
  }
}
