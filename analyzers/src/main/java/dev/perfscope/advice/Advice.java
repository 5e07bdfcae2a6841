package dev.perfscope.advice;

import dev.perfscope.model.FileKind;
import dev.perfscope.model.FileMetrics;
import dev.perfscope.model.Finding;
import dev.perfscope.model.FunctionMetrics;
import dev.perfscope.model.Recommendation;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.Thresholds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stage 5: the recommendations for a set of measured files and their findings, most urgent first. Each kind
 * has its advisor; this class only decides which files and functions each one looks at.
 */
public final class Advice {
  private static final Set<String> EXTRACTION_RULES = Set.of(
      Rule.FUNCTION_LINES.id(), Rule.COGNITIVE.id(), Rule.CYCLOMATIC.id(), Rule.NESTING.id());

  private final Thresholds thresholds;
  private final SplitAdvisor files;
  private final ClassSplitAdvisor classes;
  private final ExtractionAdvisor extractions;
  private final ParameterObjectAdvisor parameters;

  public Advice(Thresholds thresholds, Hotspots hotspots) {
    Priorities priorities = new Priorities(hotspots);
    this.thresholds = thresholds;
    this.files = new SplitAdvisor(priorities);
    this.classes = new ClassSplitAdvisor(priorities);
    this.extractions = new ExtractionAdvisor(priorities, thresholds);
    this.parameters = new ParameterObjectAdvisor(priorities);
  }

  public Advice(Thresholds thresholds) {
    this(thresholds, Hotspots.NONE);
  }

  /**
   * Files are advised on independently, in parallel on the caller's pool; the order does not depend on it.
   * Only source files get advice: documentation and data have nothing to refactor.
   */
  public List<Recommendation> recommend(List<FileMetrics> measured, List<Finding> findings) {
    Map<String, List<Finding>> byPath = findings.stream().collect(Collectors.groupingBy(Finding::path));
    List<Recommendation> out = new ArrayList<>(measured.parallelStream().filter(file -> file.kind() == FileKind.SOURCE)
        .flatMap(file -> recommend(file, byPath.getOrDefault(file.path(), List.of())).stream())
        .toList());
    out.sort(Comparator.comparingInt(Recommendation::rank).thenComparing(Recommendation::path)
        .thenComparingInt(r -> Recommendation.KINDS.indexOf(r.kind())));
    return out;
  }

  private List<Recommendation> recommend(FileMetrics file, List<Finding> own) {
    List<Recommendation> out = new ArrayList<>();
    Optional<Recommendation> split = files.splitFile(file,
        thresholds.limit(Rule.FILE_LINES, file.path()).warning(), of(own, Set.of(Rule.FILE_LINES.id())));
    split.ifPresent(out::add);
    if (split.isEmpty()) {
      out.addAll(classes.splitClasses(file));
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

  private static List<Finding> of(List<Finding> findings, Set<String> rules) {
    return findings.stream().filter(f -> rules.contains(f.rule())).toList();
  }
}
