package dev.perfscope.advice;

import dev.perfscope.lang.ModuleFile;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Member;
import dev.perfscope.model.Plan;
import dev.perfscope.model.Recommendation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code split-class}: a class whose methods and fields fall into unrelated groups, LCOM4 above 1. LCOM4 is
 * the number of connected components of the graph of methods and fields (call and field edges), counting
 * only components with a method; constructors and initializers are left out (they touch every field).
 * Proposed for a class of {@value #MIN_CLASS_LINES} lines or more when at least two components have
 * {@value #MIN_GROUP} methods or more (a field and its accessor are no job of their own); the components too
 * small to count stay behind with the largest.
 */
final class ClassSplitAdvisor {
  static final int MIN_GROUP = 2;
  static final int MIN_CLASS_LINES = 20;

  private final Priorities priorities;
  private final Overrides overrides;

  ClassSplitAdvisor(Priorities priorities) {
    this(priorities, Overrides.NONE);
  }

  /** With the methods subclasses override, whose groups stay in the class. */
  ClassSplitAdvisor(Priorities priorities, Overrides overrides) {
    this.priorities = priorities;
    this.overrides = overrides;
  }

  List<Recommendation> splitClasses(FileMetrics file) {
    return splitClasses(file, file.structure().members().stream().map(Member::owner)
        .filter(owner -> !owner.isEmpty()).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
  }

  /**
   * The split-class plans for the classes {@code owners} of the file, those whose methods fall into groups; none
   * where a type's methods may stand in any file of its scope (Go's package: {@link ModuleFile#typesSpanFiles}), so
   * that one file cannot tell how a type's methods hang together.
   */
  List<Recommendation> splitClasses(FileMetrics file, Set<String> owners) {
    if (Modules.of(file.path()).map(ModuleFile::typesSpanFiles).orElse(false)) {
      return List.of();
    }
    List<Recommendation> out = new ArrayList<>();
    owners.forEach(owner -> splitClass(file, owner).ifPresent(out::add));
    return out;
  }

  /** {@code Context} for {@code Context.round}; empty for a top-level name. */
  static String ownerOf(String member) {
    int dot = member.lastIndexOf('.');
    return dot < 0 ? "" : member.substring(0, dot);
  }

  /**
   * How each extracted class is reached: the class keeps a field holding it and delegates to it, named from the
   * new class ({@code rounding} for {@code ContextRounding}).
   */
  static String delegates(String owner, Plan plan) {
    StringBuilder text = new StringBuilder();
    for (Plan.Part part : plan.parts()) {
      if (part.name().equals(plan.staysBehind())) {
        continue;
      }
      String rest = part.name().startsWith(owner) && part.name().length() > owner.length()
          ? part.name().substring(owner.length()) : part.name();
      String field = Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
      text.append(String.format(Locale.ROOT, " Extract class %s with %s; %s keeps a field %s holding it and "
          + "delegates to it.", part.name(), String.join(", ", part.members().stream()
          .map(m -> m.substring(m.lastIndexOf('.') + 1)).toList()), owner, field));
    }
    return text.toString();
  }

  /** Why the groups of the methods subclasses override stay in the class, if any do. */
  private static String staying(String owner, List<String> overridden) {
    if (overridden.isEmpty()) {
      return "";
    }
    boolean one = overridden.size() == 1;
    return String.format(Locale.ROOT, " %s %s in %s with %s: its subclasses override %s, and a delegate's own calls "
        + "would not reach the %s.", String.join(", ", overridden), one ? "stays" : "stay", owner,
        one ? "its group" : "their groups", one ? "it" : "them", one ? "override" : "overrides");
  }

  private Optional<Recommendation> splitClass(FileMetrics file, String owner) {
    List<Member> members = SplitPlan.membersOf(file.structure().members(), owner).stream()
        .filter(m -> !m.kind().equals("constructor") && !m.kind().equals("initializer")).toList();
    // LCOM4 counts what methods share in fields and calls: words in their names do not make them one class
    MemberGraph graph = MemberGraph.structural(members, file.structure().edges());
    int lines = java.util.stream.IntStream.range(0, graph.size()).map(graph::lines).sum();
    List<List<Integer>> components = Components.of(graph);
    List<List<Integer>> withMethods = components.stream().filter(c -> c.stream()
        .anyMatch(i -> graph.member(i).kind().equals("method"))).toList();
    List<List<Integer>> groups = new ArrayList<>(withMethods.stream().filter(c -> c.stream()
        .filter(i -> graph.member(i).kind().equals("method")).count() >= MIN_GROUP).toList());
    if (lines < MIN_CLASS_LINES || groups.size() < 2) {
      return Optional.empty();
    }
    groups.sort(Comparator.comparingInt((List<Integer> c) -> c.stream().mapToInt(graph::lines).sum())
        .reversed());
    // a group holding a method that subclasses override stays: moved, the class would call the delegate's
    Set<String> overridden = overrides.of(file, owner);
    List<String> staying = new ArrayList<>();
    List<List<Integer>> extracted = new ArrayList<>();
    for (List<Integer> group : groups.subList(1, groups.size())) {
      List<String> hooks = group.stream().map(graph::member)
          .filter(m -> ClassBound.isOverridden(m, overridden)).map(Member::plainName).distinct().toList();
      if (hooks.isEmpty()) {
        extracted.add(group);
      } else {
        staying.addAll(hooks);
      }
    }
    if (extracted.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> rest = new ArrayList<>(groups.get(0));
    components.stream().filter(c -> c != groups.get(0) && !extracted.contains(c)).forEach(rest::addAll);
    List<List<Integer>> parts = new ArrayList<>(extracted);
    parts.add(0, rest);
    parts.sort(Comparator.comparingInt(p -> p.stream().mapToInt(i -> graph.member(i).startLine()).min().orElse(0)));
    SplitPlan split = SplitPlan.of(graph, parts, owner, false,
        word -> PartNames.isType(word) ? word : owner + PartNames.camel(word));
    String rationale = String.format(Locale.ROOT,
        "LCOM4 is %d: its methods and fields form %d groups that share no field and call nothing in each other.%s%s",
        withMethods.size(), withMethods.size(), delegates(owner, split.plan()), staying(owner, staying));
    return Optional.of(new Recommendation(priorities.of(file.path(), List.of()), file.path(), "split-class",
        "Split class " + owner + " into " + parts.size() + " classes", rationale, split.plan(),
        String.format(Locale.ROOT, "%d cohesive classes (LCOM4 1 each), largest %,d lines instead of %,d",
            parts.size(), split.largest(), lines), 0, 0, null)
        .withImpact(priorities.impact(file, List.of(), lines)));
  }
}
