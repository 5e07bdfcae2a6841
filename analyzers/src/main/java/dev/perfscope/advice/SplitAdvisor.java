package dev.perfscope.advice;

import dev.perfscope.lang.ModuleFile;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.Member;
import dev.perfscope.model.Plan;
import dev.perfscope.model.Recommendation;
import dev.perfscope.threshold.Limit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code split-file}: a file over its file-lines threshold, split into parts of at most
 * {@value #HEADROOM_PERCENT}% of the threshold (room for each new file's header and imports). Proposed only
 * when the parts are cohesive, modularity at least {@value #MIN_MODULARITY}: a tightly knit file would only
 * trade size for imports, and is better served by extractions; but a knit module of several large classes is
 * split a module per class ({@link ClassModules}), as maintainers do. A module's classes stay whole
 * ({@link WholeClasses}): its parts are modules too ({@link dev.perfscope.lang.ModuleFile}). A nested type that
 * stands on its own ({@link OwnFiles}) is a part by itself, and modularity is that of the split with each such
 * type beside its users: the types are no reason to split a file that is one knot otherwise, and no reason not
 * to either. Parts in one scope (Go's files of a package) import nothing from each other.
 */
final class SplitAdvisor {
  static final int HEADROOM_PERCENT = 90;
  static final double MIN_MODULARITY = 0.25;
  /** The fewest lines of a field that is a table (a lookup table written out), rather than a value. */
  static final int TABLE_LINES = 10;
  private static final String TABLES_WORD = "tables";

  private final Priorities priorities;
  private final CoChanges coChanges;
  private final Clients clients;
  private final Overrides overrides;

  SplitAdvisor(Priorities priorities, CoChanges coChanges) {
    this(priorities, coChanges, Clients.NONE, Overrides.NONE);
  }

  /**
   * Split plans keeping together the members that changed together, and those the same other files use; a class
   * keeps the methods its subclasses override.
   */
  SplitAdvisor(Priorities priorities, CoChanges coChanges, Clients clients, Overrides overrides) {
    this.priorities = priorities;
    this.coChanges = coChanges;
    this.clients = clients;
    this.overrides = overrides;
  }

  Optional<Recommendation> splitFile(FileMetrics file, Limit limit, List<Finding> fileFindings) {
    int threshold = limit.warning();
    boolean module = Modules.of(file.path()).isPresent();
    WholeClasses whole = module ? WholeClasses.of(file.structure()) : WholeClasses.none(file.structure());
    List<Member> members = whole.members();
    if (file.lines() <= threshold || members.size() < 2) {
      return Optional.empty();
    }
    MemberGraph graph = new MemberGraph(members, whole.edges(), whole.changedTogether(coChanges.commitsOf(file.path())),
        clients.usesOf(file.path(), members), whole.lines());
    Set<Integer> ownFiles = OwnFiles.of(graph);
    int cap = threshold * HEADROOM_PERCENT / 100;
    ClassBound.Reach reach = module ? ClassBound.Reach.NONE
        : ClassBound.Reach.of(file, className(file.path()), clients, overrides);
    Set<Integer> bound = module ? Set.of() : ClassBound.of(graph, className(file.path()), reach);
    // the API stays only where other code reaches it by the class's name, not for the hooks subclasses override
    boolean api = reach.api() && bound.stream().map(graph::member)
        .anyMatch(m -> m.published() && !m.kind().equals("constructor"));
    boolean sharedScope = Modules.of(file.path()).map(ModuleFile::partsShareScope).orElse(false);
    Optional<Grouping> grouping = grouping(graph, cap, ownFiles, module, new Bound(bound, api), sharedScope);
    if (grouping.isEmpty()) {
      return tables(file, whole, graph, limit, fileFindings);
    }
    List<List<Integer>> parts = grouping.get().partition().parts();
    // a module's folders are its package, whose name its functions repeat (pip's get_pip_version); a Java
    // package's words are subjects (java/text's DecimalFormatSymbolsText.java)
    SplitPlan split = whole.expand(SplitPlan.of(graph, grouping.get().partition()
            .withPathWords(module ? PartNames.pathWords(file.path()) : Set.of()), stayingFile(file.path()),
        module, word -> partFile(file.path(), word), !sharedScope));
    String rationale = String.format(Locale.ROOT,
        "%,d lines, over the threshold of %,d. Its %,d members %s; %,d of %,d dependencies between members would "
            + "cross parts.", file.lines(), threshold, members.size(), grouping.get().text(),
        split.plan().crossEdges().size(), graph.strongEdges().size()) + ownFiles(graph, ownFiles)
        + tooLarge(graph, parts, split, limit.critical(),
            Modules.of(file.path()).map(ModuleFile::typesSpanFiles).orElse(false))
        + boundOverCap(graph, bound, reach, cap, stayingFile(file.path()));
    return Optional.of(new Recommendation(priorities.of(file.path(), fileFindings), file.path(), "split-file",
        "Split " + fileName(file.path()) + " into " + parts.size() + " files", rationale, split.plan(),
        String.format(Locale.ROOT, "largest part %,d lines instead of %,d", split.largest(), file.lines()), 0, 0, null)
        .withImpact(priorities.impactOfReducing(file, fileFindings, f -> split.largest(), file.lines())));
  }

  /**
   * The split of a file that is mostly tables, where no cohesive parts are found: its fields of at least {@value
   * #TABLE_LINES} lines (lookup tables, written out in the source) move to a file of their own, which holds only
   * data, and the code that reads them stays. The JDK keeps such tables apart ({@code EUC_TWMapping.java} beside
   * {@code EUC_TW.java}), and {@code GB18030.java} is the case it was not done: 12,839 lines, of which its code is
   * about 500. Empty unless the tables hold at least half of the file's lines.
   */
  private Optional<Recommendation> tables(FileMetrics file, WholeClasses whole, MemberGraph graph, Limit limit,
      List<Finding> findings) {
    List<Integer> code = new ArrayList<>();
    List<Integer> tables = new ArrayList<>();
    for (int i = 0; i < graph.size(); i++) {
      boolean table = graph.member(i).kind().equals("field") && graph.lines(i) >= TABLE_LINES;
      (table ? tables : code).add(i);
    }
    int tableLines = tables.stream().mapToInt(graph::lines).sum();
    if (code.isEmpty() || 2 * tableLines < file.lines()) {
      return Optional.empty();
    }
    Optional<ModuleFile> module = Modules.of(file.path());
    SplitPlan split = whole.expand(SplitPlan.of(graph, new SplitPlan.Partition(List.of(code, tables), 0, Set.of()),
        stayingFile(file.path()), module.isPresent(), word -> partFile(file.path(), TABLES_WORD),
        !module.map(ModuleFile::partsShareScope).orElse(false)));
    Plan.Part stays = split.plan().parts().get(0);
    Plan.Part moved = split.plan().parts().get(1);
    String rationale = String.format(Locale.ROOT,
        "%,d lines, over the threshold of %,d. Its members make no cohesive parts, but %,d of them are tables, "
            + "fields of %,d lines or more that hold %,d lines (%d%% of the file): they can be a file of their own, "
            + "which holds only data and is counted as data, not source, and the code that reads them stays in %s "
            + "(%,d lines)%s.", file.lines(), limit.warning(), tables.size(), TABLE_LINES, tableLines,
        100 * tableLines / file.lines(), stays.name(), stays.lines(),
        file.path().endsWith(".java") ? "; private tables become package-private to be read from there" : "");
    return Optional.of(new Recommendation(priorities.of(file.path(), findings), file.path(), "split-file",
        "Move the tables of " + fileName(file.path()) + " into " + moved.name(), rationale, split.plan(),
        String.format(Locale.ROOT, "%,d lines of code instead of %,d, and %,d lines of data", stays.lines(),
            file.lines(), moved.lines()), 0, 0, null)
        .withImpact(priorities.impactOfReducing(file, findings, f -> stays.lines(), file.lines())));
  }

  /**
   * The lines of {@code file} that no split can move out of its class ({@link ClassBound}): its constructors and
   * hooks, and its public API when other folders use it. A module's split moves whole classes and functions
   * ({@link WholeClasses}), so the file it leaves, or the one it makes, keeps the module's largest: a module that
   * is one class of 4,500 lines (typeorm's {@code SelectQueryBuilder.ts}) shortens only by splitting the class
   * ({@code split-class}), one whose function is most of it only by extracting from the function.
   */
  static int keptLines(FileMetrics file, Clients clients, Overrides overrides) {
    if (Modules.of(file.path()).isPresent()) {
      return WholeClasses.of(file.structure()).largest();
    }
    String className = className(file.path());
    return ClassBound.lines(file.structure().members(), className,
        ClassBound.Reach.of(file, className, clients, overrides));
  }

  /** The members that start in the class's part, and whether its public API is among them. */
  private record Bound(Set<Integer> members, boolean api) {}

  /** A split's parts, and what the rationale says of how the members fall into them. */
  private record Grouping(SplitPlan.Partition partition, String text) {}

  /**
   * The cohesive parts of at most {@code cap} lines, or, where they are not cohesive, a module's parts around its
   * large classes ({@link ClassModules}); empty where neither makes two parts. The members {@code bound} to a
   * Java class ({@link ClassBound}) start in one part. With the class's public API among them the parts
   * are not held to the modularity gate: the API is a hub every part is tied to, which stays whatever the split,
   * and the split moves the class's own machinery out from under it (as Gson's maintainers moved its private
   * adapters, and Commons Collections' the functor classes out of {@code TransformerUtils}). Judging the gate on
   * the machinery alone (the API's ties set aside) dropped {@code TransformerUtils.java}'s plan (F1 0.91 to none).
   */
  private static Optional<Grouping> grouping(MemberGraph graph, int cap, Set<Integer> ownFiles, boolean module,
      Bound bound, boolean sharedScope) {
    boolean api = bound.api();
    List<List<Integer>> parts = SmallParts.merge(graph, Partitioner.partition(graph, cap, ownFiles, bound.members()),
        cap / SmallParts.OF_CAP);
    List<List<Integer>> tied = OwnFiles.withUsers(graph, parts, ownFiles);
    double modularity = SplitQuality.modularity(graph, tied);
    boolean knit = !api && parts.size() > 1 && tied.size() > 1 && graph.totalWeight() > 0
        && modularity < MIN_MODULARITY;
    if (knit) {
      return module ? ClassModules.of(graph, cap).map(byClass -> aroundClasses(graph, byClass, modularity, sharedScope))
          : Optional.empty();
    }
    if (parts.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(new Grouping(new SplitPlan.Partition(parts, SplitPlan.staying(graph, parts), Set.of()),
        howTheyFall(parts.size(), tied.size(), modularity, api)));
  }

  /** How the members fall into the parts, as the rationale says it. */
  private static String howTheyFall(int parts, int tiedParts, double modularity, boolean api) {
    if (api) {
      return String.format(Locale.ROOT, "make %d parts around the class's public API, which stays (modularity %.2f)",
          parts, modularity);
    }
    return tiedParts > 1 ? String.format(Locale.ROOT, "fall into %d cohesive parts (modularity %.2f)", parts,
        modularity) : "are one knit part but for nested types that stand on their own";
  }

  /** A module per large class; what they share, if anything, stays behind, else the largest part does. */
  private static Grouping aroundClasses(MemberGraph graph, ClassModules byClass, double modularity,
      boolean sharedScope) {
    boolean shared = byClass.shared() >= 0;
    int stays = shared ? byClass.shared() : SplitPlan.staying(graph, byClass.parts());
    return new Grouping(new SplitPlan.Partition(byClass.parts(), stays, Set.copyOf(byClass.classes())),
        String.format(Locale.ROOT, "make no cohesive parts within the cap (modularity %.2f), but %s %s, with what "
            + "only it uses%s", modularity, largeClasses(graph, byClass.classes(), sharedScope),
            sharedScope ? "a file of the package" : "a module", shared ? ", the rest staying behind" : ""));
  }

  /** "its large class Wheel can be", "its 3 large types can each be": who gets a module of its own. */
  private static String largeClasses(MemberGraph graph, List<Integer> classes, boolean sharedScope) {
    String kind = sharedScope ? "type" : "class";
    return classes.size() == 1 ? "its large " + kind + " " + graph.member(classes.get(0)).name() + " can be"
        : String.format(Locale.ROOT, "its %d large %s can each be", classes.size(), sharedScope ? "types" : "classes");
  }

  /**
   * Why the class's own part is over the cap, when what cannot leave the class ({@link ClassBound}) alone is:
   * its constructors, its public API, the methods its subclasses override and its serialization hooks.
   */
  static String boundOverCap(MemberGraph graph, Set<Integer> bound, ClassBound.Reach reach, int cap,
      String file) {
    int lines = bound.stream().mapToInt(graph::lines).sum();
    if (lines <= cap) {
      return "";
    }
    long constructors = bound.stream().filter(i -> graph.member(i).kind().equals("constructor")).count();
    long constants = bound.stream().filter(i -> graph.member(i).kind().equals("constant")).count();
    long published = reach.api() ? bound.stream().map(graph::member)
        .filter(m -> m.published() && !m.kind().equals("constructor") && !m.kind().equals("constant")).count() : 0;
    long overridden = bound.stream().map(graph::member)
        .filter(m -> !(reach.api() && m.published()) && ClassBound.isOverridden(m, reach.overridden())).count();
    List<String> what = new ArrayList<>();
    counted(what, constructors, "constructor");
    counted(what, constants, "enum constant");
    counted(what, published, "public member");
    counted(what, overridden, "overridden method");
    if (constructors + constants + published + overridden < bound.size()) {
      what.add("serialization hooks");
    }
    String listed = what.size() == 1 ? what.get(0)
        : String.join(", ", what.subList(0, what.size() - 1)) + " and " + what.get(what.size() - 1);
    return String.format(Locale.ROOT, " %s keeps its %s, %,d lines, more than a part should hold: they cannot leave "
        + "the class%s.", file, listed, lines, whyBound(published > 0, overridden > 0));
  }

  /** Why public or overridden members cannot leave the class, in parentheses; empty when there are none. */
  private static String whyBound(boolean published, boolean overridden) {
    List<String> why = new ArrayList<>();
    if (published) {
      why.add("callers reach the public ones by its name");
    }
    if (overridden) {
      why.add("moved to a delegate, the overridden ones would no longer reach its subclasses' overrides");
    }
    return why.isEmpty() ? "" : " (" + String.join("; ", why) + ")";
  }

  /** {@code "constructor"}, {@code "3 constructors"}: added when there is any. */
  private static void counted(List<String> what, long count, String noun) {
    if (count > 0) {
      what.add(count == 1 ? noun : String.format(Locale.ROOT, "%,d %ss", count, noun));
    }
  }

  /** Which nested types get files of their own, and why ({@link OwnFiles}). */
  private static String ownFiles(MemberGraph graph, Set<Integer> ownFiles) {
    if (ownFiles.isEmpty()) {
      return "";
    }
    List<String> names = ownFiles.stream().sorted().map(i -> graph.member(i).simpleName()).toList();
    return " " + String.join(", ", names) + (names.size() == 1 ? " uses" : " each use")
        + " no other member of the file, and no other nested type uses " + (names.size() == 1 ? "it" : "them")
        + ": a file of " + (names.size() == 1 ? "its" : "their") + " own each, beside the "
        + (names.size() == 1 ? "method that creates it" : "methods that create them") + ".";
  }

  /**
   * What to do about the parts over the critical limit: the partition caps every part of several members, so
   * such a part is one member, or a class with what only it uses ({@link ClassModules}), which a file split can
   * only move whole. A class is split by split-class, a function by extract-function.
   */
  private static String tooLarge(MemberGraph graph, List<List<Integer>> parts, SplitPlan split, int critical,
      boolean typesSpanFiles) {
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < parts.size(); p++) {
      Plan.Part part = split.plan().parts().get(p);
      int largest = parts.get(p).stream().max(Comparator.comparingInt(graph::lines)).orElseThrow();
      boolean alone = parts.get(p).size() == 1;
      Member m = graph.member(largest);
      boolean type = m.kind().equals("type");
      if (part.lines() > critical && (alone || type && graph.lines(largest) * 2 >= part.lines())) {
        text.append(String.format(Locale.ROOT, " %s would still have %,d lines, over the critical %,d: it is the "
                + "%s %s%s, which moves whole; %s.", part.name(), part.lines(), critical,
            type ? "class" : m.kind(), m.simpleName(), alone ? " alone" : String.format(Locale.ROOT,
                " (%,d lines) and what only it uses", graph.lines(largest)), remedy(type, typesSpanFiles)));
      }
    }
    return text.toString();
  }

  /** {@code HashedMap} for {@code .../HashedMap.java}: the class a Java file is named after. */
  private static String className(String path) {
    String name = fileName(path);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /** What to do about a function or class over the critical limit that a file split moves whole. */
  private static String remedy(boolean type, boolean typesSpanFiles) {
    if (!type) {
      return "extract functions from it (extract-function)";
    }
    return typesSpanFiles ? "its methods may also stand in other files of the package, grouped by what they share"
        : "split the class itself (split-class, where its methods fall into groups that share no field)";
  }

  static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /**
   * The file the staying part keeps: the original, unless its language says otherwise for a module
   * ({@link dev.perfscope.lang.ModuleFile#stayingFile}): a Python module becomes the package its parts go into
   * ({@code git_advanced.py} = {@code git_advanced/__init__.py}), since Python would find the package before a
   * module of the same name, and {@code import git_advanced} keeps working.
   */
  static String stayingFile(String path) {
    return Modules.of(path).map(ModuleFile::stayingFile).orElse(fileName(path));
  }

  /**
   * {@code Billing.java} + {@code tax} = {@code BillingTax.java}; a part named after its principal type is that
   * type's own file ({@code Billing.java} + {@code TaxRule} = {@code TaxRule.java}, {@code billing.py} +
   * {@code TaxRule} = {@code billing/tax_rule.py}); a module's part is a module named in snake case, where its
   * language puts it ({@link dev.perfscope.lang.ModuleFile#partFile}: {@code git_advanced.py} + {@code rebase} =
   * {@code git_advanced/rebase.py}; a package's {@code __init__.py} gets modules beside it, {@code rebase.py});
   * any other file named in lower case gets a folder of files like it. A phrase is camel-cased within a class name
   * ({@code Arrays.java} + {@code copy_of_range} = {@code ArraysCopyOfRange.java}).
   */
  static String partFile(String path, String word) {
    Optional<ModuleFile> module = Modules.of(path);
    if (module.isPresent()) {
      boolean snakeCase = PartNames.isType(word) && !module.get().keepsTypeNames();
      return module.get().partFile(snakeCase ? PartNames.snakeCase(word) : word);
    }
    String name = fileName(path);
    int dot = name.lastIndexOf('.');
    String base = dot < 0 ? name : name.substring(0, dot);
    String extension = dot < 0 ? "" : name.substring(dot);
    if (PartNames.isType(word)) {
      return word + extension;
    }
    boolean camel = !base.isEmpty() && Character.isUpperCase(base.charAt(0));
    return camel ? base + PartNames.camel(word) + extension : base + "/" + word + extension;
  }
}
