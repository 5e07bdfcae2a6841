package dev.perfscope.maven;

import dev.perfscope.config.Defaults;
import dev.perfscope.run.RunConfig;
import dev.perfscope.threshold.Rule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters every Perfscope goal shares, the build goals ({@code analyze}, {@code baseline}) and the
 * site reports alike, each declared once: which sources to read, what one file may cost, history, the
 * thresholds and {@code skip}. Their defaults are the core's constants. The goals turn them into a
 * {@link RunConfig}, naming settings for the user as {@value #PROPERTY_PREFIX}{@code <setting>}.
 */
abstract class AbstractPerfMojo extends AbstractMojo {
  /** The prefix of every user property: the core's {@code since} is {@code perf.since}. */
  static final String PROPERTY_PREFIX = "perf.";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  /** Skips Perfscope: the build goals do nothing and the site report is left out. */
  @Parameter(property = "perf.skip", defaultValue = "false")
  boolean skip;

  /**
   * Folders to analyze, relative to the base directory (of each module, for the aggregate site report); each
   * must exist. When unset: the compile and test source roots, plus the folders where the other languages'
   * sources conventionally live, when present: {@code src/main/python}, {@code src/test/python},
   * {@code src/main/js}, {@code src/main/ts}, {@code src/main/kotlin}, their {@code src/test} twins and
   * {@code src/main/frontend} (or the whole directory when there is no pom).
   */
  @Parameter(property = "perf.sourceRoots")
  List<String> sourceRoots;

  /** Globs of files to analyze, relative to the base directory (e.g. {@code **}{@code /*.java}); all files when unset. */
  @Parameter(property = "perf.includes")
  List<String> includes;

  /** Globs of files to leave out, relative to the base directory (e.g. {@code **}{@code /legacy/**}). */
  @Parameter(property = "perf.excludes")
  List<String> excludes;

  /** Encoding of the source files; bytes that do not decode are replaced and reported. */
  @Parameter(property = "perf.encoding", defaultValue = "${project.build.sourceEncoding}")
  String encoding;

  /**
   * A file larger than this only gets its lines counted, with a note in the report: a byte count or a
   * number with {@code KB}, {@code MB} or {@code GB} (e.g. {@code 512KB}).
   */
  @Parameter(property = "perf.maxFileSize", defaultValue = Defaults.MAX_FILE_SIZE)
  String maxFileSize;

  /** Seconds one file may take to analyze; a file over it is reported as a parse error and its lines counted. */
  @Parameter(property = "perf.parseTimeout", defaultValue = Defaults.PARSE_TIMEOUT)
  int parseTimeout;

  /**
   * Follows symbolic links in the source roots; even then, nothing outside the source roots is read and a
   * link loop is walked once. Links are skipped when unset.
   */
  @Parameter(property = "perf.followLinks", defaultValue = "false")
  boolean followLinks;

  /**
   * How many files are analyzed at once, and at most how many threads diff git history (at most half the
   * processors do); by default as many as there are processors.
   */
  @Parameter(property = "perf.threads")
  Integer threads;

  /** Reads each file's git history (commits, authors, churn) and ranks hotspots; off, or outside git, nothing is read. */
  @Parameter(property = "perf.history", defaultValue = "true")
  boolean history;

  /** How many days of history before the last commit count for churn and hotspots. */
  @Parameter(property = "perf.historyDays", defaultValue = Defaults.HISTORY_DAYS)
  int historyDays;

  /**
   * Thresholds for the files a glob matches, replacing the defaults there; the last matching entry wins.
   * Each entry is {@code <glob> <rule>=<warning>/<critical> ...}, e.g.
   * {@code src/test/** function-lines=150/300 cyclomatic=20/40}.
   */
  @Parameter(property = "perf.pathThresholds")
  List<String> pathThresholds;

  /**
   * The kinds of file held to the thresholds, comma-separated: {@code source}, {@code documentation},
   * {@code data}, {@code generated}. The others are counted either way, and only source gets advice.
   */
  @Parameter(property = "perf.thresholdKinds", defaultValue = Defaults.THRESHOLD_KINDS)
  String thresholdKinds;

  /** A file with more lines than this is a warning. */
  @Parameter(property = "perf.file-lines.warning", defaultValue = Rule.Defaults.FILE_LINES_WARNING)
  int fileLinesWarning;

  /** A file with more lines than this is critical. */
  @Parameter(property = "perf.file-lines.critical", defaultValue = Rule.Defaults.FILE_LINES_CRITICAL)
  int fileLinesCritical;

  /** A function with more lines than this is a warning. */
  @Parameter(property = "perf.function-lines.warning", defaultValue = Rule.Defaults.FUNCTION_LINES_WARNING)
  int functionLinesWarning;

  /** A function with more lines than this is critical. */
  @Parameter(property = "perf.function-lines.critical", defaultValue = Rule.Defaults.FUNCTION_LINES_CRITICAL)
  int functionLinesCritical;

  /** A function with a cyclomatic complexity above this is a warning. */
  @Parameter(property = "perf.cyclomatic.warning", defaultValue = Rule.Defaults.CYCLOMATIC_WARNING)
  int cyclomaticWarning;

  /** A function with a cyclomatic complexity above this is critical. */
  @Parameter(property = "perf.cyclomatic.critical", defaultValue = Rule.Defaults.CYCLOMATIC_CRITICAL)
  int cyclomaticCritical;

  /** A function with a cognitive complexity above this is a warning. */
  @Parameter(property = "perf.cognitive.warning", defaultValue = Rule.Defaults.COGNITIVE_WARNING)
  int cognitiveWarning;

  /** A function with a cognitive complexity above this is critical. */
  @Parameter(property = "perf.cognitive.critical", defaultValue = Rule.Defaults.COGNITIVE_CRITICAL)
  int cognitiveCritical;

  /** A function with more parameters than this is a warning. */
  @Parameter(property = "perf.parameters.warning", defaultValue = Rule.Defaults.PARAMETERS_WARNING)
  int parametersWarning;

  /** A function with more parameters than this is critical. */
  @Parameter(property = "perf.parameters.critical", defaultValue = Rule.Defaults.PARAMETERS_CRITICAL)
  int parametersCritical;

  /** A function nesting control structures deeper than this is a warning. */
  @Parameter(property = "perf.nesting.warning", defaultValue = Rule.Defaults.NESTING_WARNING)
  int nestingWarning;

  /** A function nesting control structures deeper than this is critical. */
  @Parameter(property = "perf.nesting.critical", defaultValue = Rule.Defaults.NESTING_CRITICAL)
  int nestingCritical;

  /** Looks for code copied across files, and recommends extracting each copied fragment once. */
  @Parameter(property = "perf.duplicates", defaultValue = Defaults.DUPLICATES)
  boolean duplicates;

  /** A copied fragment counts from this many tokens (names and literals aside). */
  @Parameter(property = "perf.duplicates.minTokens", defaultValue = Defaults.DUPLICATES_MIN_TOKENS)
  int duplicatesMinTokens;

  /** A copied fragment counts from this many lines. */
  @Parameter(property = "perf.duplicates.minLines", defaultValue = Defaults.DUPLICATES_MIN_LINES)
  int duplicatesMinLines;

  /**
   * What the shared parameters say about {@code sources}: its source roots (configured, or its default ones),
   * globs and encoding, with the walk never entering {@code neverEntered}.
   */
  RunConfig.Project project(ProjectSources sources, List<Path> neverEntered) {
    List<Path> roots = sourceRoots == null || sourceRoots.stream().allMatch(String::isBlank)
        ? sources.defaultRoots()
        : sourceRoots.stream().map(String::trim).filter(s -> !s.isEmpty()).map(Path::of).toList();
    String charset = encoding == null || encoding.isBlank() ? sources.encoding() : encoding;
    return new RunConfig.Project(sources.basedir(), roots, includes, excludes, charset, neverEntered,
        sources.repositoryRoot());
  }

  /** The limits on each file and what is read from git; {@code since}: pull-request mode's ref, or null. */
  RunConfig.Duplicates duplicates() {
    return new RunConfig.Duplicates(duplicates, duplicatesMinTokens, duplicatesMinLines);
  }

  RunConfig.Inputs inputs(String since) {
    return new RunConfig.Inputs(maxFileSize, parseTimeout, followLinks, history, historyDays, since);
  }

  /** The thresholds by setting name, with the baseline file ({@code null}: none). */
  RunConfig.Checks checks(Path baselineFile) {
    Map<String, Integer> levels = new TreeMap<>();
    levels.put("file-lines.warning", fileLinesWarning);
    levels.put("file-lines.critical", fileLinesCritical);
    levels.put("function-lines.warning", functionLinesWarning);
    levels.put("function-lines.critical", functionLinesCritical);
    levels.put("cyclomatic.warning", cyclomaticWarning);
    levels.put("cyclomatic.critical", cyclomaticCritical);
    levels.put("cognitive.warning", cognitiveWarning);
    levels.put("cognitive.critical", cognitiveCritical);
    levels.put("parameters.warning", parametersWarning);
    levels.put("parameters.critical", parametersCritical);
    levels.put("nesting.warning", nestingWarning);
    levels.put("nesting.critical", nestingCritical);
    return new RunConfig.Checks(levels, pathThresholds, thresholdKinds, baselineFile);
  }
}
