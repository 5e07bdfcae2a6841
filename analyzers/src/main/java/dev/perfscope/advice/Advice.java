package dev.perfscope.advice;

import dev.perfscope.duplicates.DuplicateSettings;
import dev.perfscope.model.DeprecatedFiles;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.ImpactFactors;
import dev.perfscope.model.Member;
import dev.perfscope.model.Plan;
import dev.perfscope.model.Recommendation;
import dev.perfscope.model.UnitNotes;
import dev.perfscope.threshold.Limit;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.ThresholdCheck;
import dev.perfscope.threshold.Thresholds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stage 5: the recommendations for a set of measured files and their findings, what to do first first: by
 * impact ({@link ImpactFactors#score()}), ties by the factors (excess, lines, dependents, commits), then by
 * kind, path and title for a stable order. Each kind has its advisor; this class only decides which files
 * and functions each one looks at. The findings are put in the same order ({@link #rankFindings}).
 */
public final class Advice {
  private static final Set<String> EXTRACTION_RULES = Set.of(
      Rule.FUNCTION_LINES.id(), Rule.COGNITIVE.id(), Rule.CYCLOMATIC.id(), Rule.NESTING.id());

  /** Higher impact first, then each factor, higher first. */
  static final Comparator<ImpactFactors> MOST_GAIN = Comparator.comparingDouble(ImpactFactors::score)
      .thenComparingDouble(ImpactFactors::excess).thenComparingInt(ImpactFactors::lines)
      .thenComparingInt(ImpactFactors::fanIn).thenComparingInt(ImpactFactors::commits).reversed();

  private final Thresholds thresholds;
  private final Hotspots hotspots;
  private final boolean countCommits;
  private final DuplicateSettings duplicates;
  private final CoChanges coChanges;

  /**
   * Advice under {@code thresholds}, raising the priority of {@code hotspots}; {@code countCommits} when the
   * history is sufficient for how often a file changed to weigh in its impact; split plans keep together the
   * members that {@code coChanges} says changed together.
   */
  public Advice(Thresholds thresholds, Hotspots hotspots, boolean countCommits) {
    this(thresholds, hotspots, countCommits, DuplicateSettings.DEFAULTS, CoChanges.NONE);
  }

  /**
   * With code copied across files looked for as {@code duplicates} say, and split plans keeping together
   * what {@code coChanges} says changed together.
   */
  public Advice(Thresholds thresholds, Hotspots hotspots, boolean countCommits, DuplicateSettings duplicates,
      CoChanges coChanges) {
    this.thresholds = thresholds;
    this.hotspots = hotspots;
    this.countCommits = countCommits;
    this.duplicates = duplicates;
    this.coChanges = coChanges;
  }

  public Advice(Thresholds thresholds) {
    this(thresholds, Hotspots.NONE, false);
  }

  /**
   * Whether advice under {@code thresholds} may plan a split of {@code file}: the files whose {@link CoChanges}
   * are worth reading.
   */
  public static boolean maySplit(FileMetrics file, Thresholds thresholds) {
    return thresholds.advises(file.kind()) && file.structure().members().size() > 1
        && file.lines() > thresholds.limit(Rule.FILE_LINES, file.path()).warning();
  }

  /**
   * Files are advised on independently, in parallel on the caller's pool; the order does not depend on it.
   * Only source files get advice, and tests when they are held to the thresholds: documentation and data have
   * nothing to refactor. Deprecated files ({@link DeprecatedFiles}) get none either: they are to be removed.
   */
  public List<Recommendation> recommend(List<FileMetrics> measured, List<Finding> findings) {
    Priorities priorities = priorities(measured);
    Clients clients = measured.stream().anyMatch(file -> maySplit(file, thresholds)) ? Clients.of(measured)
        : Clients.NONE;
    Advisors advisors = new Advisors(priorities, thresholds, coChanges, clients, Overrides.of(measured));
    Map<String, List<Finding>> byPath = findings.stream().collect(Collectors.groupingBy(Finding::path));
    DeprecatedFiles deprecated = DeprecatedFiles.of(measured);
    List<Recommendation> out = new ArrayList<>(measured.parallelStream()
        .filter(file -> thresholds.advises(file.kind()) && !deprecated.contains(file.path()))
        .flatMap(file -> advisors.recommend(file, byPath.getOrDefault(file.path(), List.of())).stream())
        .toList());
    out.addAll(new SharedCodeAdvisor(priorities, thresholds, duplicates).advise(measured));
    out.sort(Comparator.comparing(Recommendation::impactFactors, MOST_GAIN)
        .thenComparingInt(r -> Recommendation.KINDS.indexOf(r.kind()))
        .thenComparing(Recommendation::path).thenComparing(Recommendation::title));
    List<Recommendation> ranked = new ArrayList<>(out.size());
    for (Recommendation r : out) {
      ranked.add(r.withRank(ranked.size() + 1));
    }
    return ranked;
  }

  /** The findings in the order of what to fix first, as {@link #rankFindings(List, List, List)} with no advice. */
  public List<Finding> rankFindings(List<FileMetrics> measured, List<Finding> findings) {
    return rankFindings(measured, findings, List.of());
  }

  /**
   * The findings in the order of what to fix first: grouped by the unit they are about (a function, or the
   * file), the groups by the impact of fixing all of the unit's findings, as a recommendation's, those in
   * deprecated files ({@link DeprecatedFiles}) after all others; within a group worst first ({@link
   * ThresholdCheck#WORST_FIRST}). A file's length counts only as far as its split among {@code recommendations}
   * can bring it down: what a class's published API keeps cannot leave it without changing every caller, so a
   * split that moves 400 of a utility class's 4,000 lines ranks the file by those 400 lines; a file with no split
   * plan ranks by the lines its class need not keep ({@link SplitAdvisor#keptLines}). A function keeps its whole
   * excess whatever its extraction achieves (better blocks than the plan's can be found by hand), but for the
   * lines of the functions nested in it, which rank on their own, and of its documentation (a Python docstring:
   * SQLAlchemy documents each argument of {@code relationship()} in 800 lines of its constructor's); its parameters
   * count without those every call names (Python's keyword-only ones: Rich's {@code Console} takes 28), which no
   * caller can pass in the wrong order.
   */
  public List<Finding> rankFindings(List<FileMetrics> measured, List<Finding> findings,
      List<Recommendation> recommendations) {
    Map<String, ImpactFactors> splits = recommendations.stream().filter(r -> r.kind().equals("split-file"))
        .collect(Collectors.toMap(Recommendation::path, Recommendation::impactFactors, (a, b) -> a));
    Impacts impacts = impacts(measured);
    DeprecatedFiles deprecated = DeprecatedFiles.of(measured);
    Map<String, FileMetrics> files = measured.stream()
        .collect(Collectors.toMap(FileMetrics::path, Function.identity(), (a, b) -> a));
    Map<Unit, List<Finding>> units = new LinkedHashMap<>();
    for (Finding finding : findings) {
      units.computeIfAbsent(new Unit(finding.path(), finding.line(), finding.function()), k -> new ArrayList<>())
          .add(finding);
    }
    record Ranked(Unit unit, ImpactFactors impact, List<Finding> findings) {}
    List<Ranked> ranked = new ArrayList<>();
    Clients clients = units.keySet().stream().anyMatch(u -> u.function() == null && !splits.containsKey(u.path()))
        ? Clients.of(measured) : Clients.NONE;
    UnitImpacts unitImpacts = new UnitImpacts(impacts, splits, clients, Overrides.of(measured));
    units.forEach((unit, own) -> ranked.add(new Ranked(unit, unitImpacts.of(unit, files.get(unit.path()), own),
        own.stream().sorted(ThresholdCheck.WORST_FIRST).toList())));
    ranked.sort(Comparator.comparing((Ranked r) -> deprecated.contains(r.unit().path()))
        .thenComparing(Ranked::impact, MOST_GAIN).thenComparing(r -> r.findings().get(0), ThresholdCheck.WORST_FIRST));
    return ranked.stream().flatMap(r -> r.findings().stream()).toList();
  }

  /** The impact of fixing a unit's findings, as far as acting on the unit can ({@link #rankFindings}). */
  private record UnitImpacts(Impacts impacts, Map<String, ImpactFactors> splits, Clients clients,
      Overrides overrides) {
    ImpactFactors of(Unit unit, FileMetrics file, List<Finding> own) {
      if (file == null) {
        return ImpactFactors.NONE;
      }
      if (unit.function() != null) {
        UnitNotes notes = file.structure().notesAt(unit.line());
        int kept = unit.nestedLines(file) + notes.docLines();
        return impacts.ofReduced(file, own, f -> f.rule().equals(Rule.FUNCTION_LINES.id()) ? kept
            : f.rule().equals(Rule.PARAMETERS.id()) ? notes.keywordOnly() : 0, unit.lines(file));
      }
      ImpactFactors split = splits.get(unit.path());
      if (split != null) {
        return split;
      }
      int kept = SplitAdvisor.keptLines(file, clients, overrides);
      return impacts.ofReduced(file, own, f -> kept, file.lines());
    }
  }

  /** What a group of findings is about: a function (by its line and name), or the whole file (no function). */
  private record Unit(String path, int line, String function) {
    int lines(FileMetrics file) {
      return self(file).map(FunctionMetrics::lines).orElse(function == null ? file.lines() : 0);
    }

    /**
     * The lines of the functions nested in this one, each ranked on its own: a plugin factory of 700 lines whose
     * hooks are 650 of them has 50 of its own to shorten, however its length is counted.
     */
    int nestedLines(FileMetrics file) {
      Optional<FunctionMetrics> self = self(file);
      if (self.isEmpty()) {
        return 0;
      }
      int start = self.get().line();
      int end = self.get().endLine();
      int nested = 0;
      int coveredTo = start;
      List<FunctionMetrics> inside = file.functions().stream().filter(f -> f.line() > start && f.endLine() <= end)
          .sorted(Comparator.comparingInt(FunctionMetrics::line)).toList();
      for (FunctionMetrics f : inside) {
        if (f.line() > coveredTo) { // not inside one counted already
          nested += f.lines();
          coveredTo = f.endLine();
        }
      }
      return nested;
    }

    private Optional<FunctionMetrics> self(FileMetrics file) {
      return function == null ? Optional.empty() : file.functions().stream()
          .filter(f -> f.line() == line && f.name().equals(function)).findFirst();
    }
  }

  private Priorities priorities(List<FileMetrics> measured) {
    return new Priorities(hotspots, impacts(measured));
  }

  private Impacts impacts(List<FileMetrics> measured) {
    return new Impacts(thresholds, Dependents.count(measured), countCommits);
  }

  /** The advisors of one run, sharing its priorities. */
  private static final class Advisors {
    private final Thresholds thresholds;
    private final SplitAdvisor files;
    private final ClassSplitAdvisor classes;
    private final ExtractionAdvisor extractions;
    private final ParameterObjectAdvisor parameters;

    Advisors(Priorities priorities, Thresholds thresholds, CoChanges coChanges, Clients clients,
        Overrides overrides) {
      this.thresholds = thresholds;
      this.files = new SplitAdvisor(priorities, coChanges, clients, overrides);
      this.classes = new ClassSplitAdvisor(priorities, overrides);
      this.extractions = new ExtractionAdvisor(priorities, thresholds);
      this.parameters = new ParameterObjectAdvisor(priorities);
    }

    List<Recommendation> recommend(FileMetrics file, List<Finding> own) {
      List<Recommendation> out = new ArrayList<>();
      Limit fileLines = thresholds.limit(Rule.FILE_LINES, file.path());
      Optional<Recommendation> split = files.splitFile(file, fileLines, of(own, Set.of(Rule.FILE_LINES.id())));
      split.ifPresent(out::add);
      if (split.isEmpty()) {
        out.addAll(classes.splitClasses(file));
      } else {
        out.addAll(classes.splitClasses(file, wholeClassesOver(file, split.get().plan(), fileLines.critical())));
      }
      List<Finding> extractable = of(own, EXTRACTION_RULES);
      for (FunctionMetrics function : file.functions()) {
        List<Finding> fixed = extractable.stream()
            .filter(f -> f.line() == function.line() && function.name().equals(f.function())).toList();
        if (!fixed.isEmpty()) {
          extractions.extract(file, function, fixed).ifPresent(out::add);
        }
      }
      out.addAll(parameters.advise(file, of(own, Set.of(Rule.PARAMETERS.id()))));
      return out;
    }

    /**
     * The classes of the file that a part of the plan over {@code critical} lines holds whole and that make at
     * least half of it (the part is the class alone, or the class with what only it uses): to be split themselves,
     * as the split's rationale says.
     */
    private static Set<String> wholeClassesOver(FileMetrics file, Plan plan, int critical) {
      Set<String> owners = new java.util.TreeSet<>();
      for (Plan.Part part : plan.parts()) {
        if (part.lines() <= critical) {
          continue;
        }
        part.members().stream().map(ClassSplitAdvisor::ownerOf).filter(owner -> !owner.isEmpty()).distinct()
            .filter(owner -> {
              List<Member> members = SplitPlan.membersOf(file.structure().members(), owner);
              int span = members.stream().mapToInt(Member::endLine).max().orElse(0)
                  - members.stream().mapToInt(Member::startLine).min().orElse(0) + 1;
              return 2 * span >= part.lines()
                  && part.members().containsAll(members.stream().map(Member::name).toList());
            })
            .forEach(owners::add);
      }
      return owners;
    }

    private static List<Finding> of(List<Finding> findings, Set<String> rules) {
      return findings.stream().filter(f -> rules.contains(f.rule())).toList();
    }
  }
}
