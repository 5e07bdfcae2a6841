package dev.perfscope.run;

import dev.perfscope.config.Defaults;
import dev.perfscope.threshold.Rule;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a run is configured with, as plain data (text, numbers, paths, lists) in the core's neutral
 * setting names: what the build tool's parameters say, resolved against its project (default source roots,
 * the folders never entered, the repository root). {@code settingPrefix} is how the user knows the settings
 * ({@code perf.} for the Maven plugin): every text the core writes for the user names a setting through
 * {@link #setting}. A worker JVM gets the same configuration, so it travels as JSON.
 */
public record RunConfig(Project project, Inputs inputs, Checks checks, Gating gating, Execution execution,
    Output output, String settingPrefix, Duplicates duplicates) implements Serializable {

  /**
   * The project: its base directory (report paths are relative to it), the source roots (relative to it, or
   * absolute; each must exist), include and exclude globs, the source encoding, the folders the walk never
   * enters (the build and report directories), and the root SARIF paths are relative to. Paths are kept
   * absolute, so that they mean the same in a worker JVM started in another directory.
   */
  public record Project(Path basedir, List<Path> sourceRoots, List<String> includes, List<String> excludes,
      String encoding, List<Path> neverEntered, Path repositoryRoot) implements Serializable {
    public Project {
      basedir = basedir.toAbsolutePath().normalize();
      sourceRoots = sourceRoots.stream().map(basedir::resolve).map(Path::normalize).toList();
      includes = includes == null ? List.of() : List.copyOf(includes);
      excludes = excludes == null ? List.of() : List.copyOf(excludes);
      neverEntered = neverEntered.stream().map(basedir::resolve).map(Path::normalize).toList();
    }
  }

  /**
   * What one file may cost ({@code maxFileSize}: a size such as {@code 5MB}; {@code parseTimeout}: seconds),
   * whether symbolic links are followed, what is read from git ({@code history}, {@code historyDays}) and
   * pull-request mode ({@code since}: null or blank when off).
   */
  public record Inputs(String maxFileSize, int parseTimeout, boolean followLinks, boolean history,
      int historyDays, String since) implements Serializable {
    /** The defaults: history on, no pull-request mode. */
    public static Inputs defaults() {
      return new Inputs(Defaults.MAX_FILE_SIZE, Integer.parseInt(Defaults.PARSE_TIMEOUT), false, true,
          Integer.parseInt(Defaults.HISTORY_DAYS), null);
    }
  }

  /**
   * The thresholds: {@code levels} by setting name ({@code <rule>.warning}, {@code <rule>.critical}; a rule
   * missing keeps its default), per-path entries ({@code <glob> <rule>=<warning>/<critical> ...}), the kinds
   * of file held to them (comma-separated), and the baseline file (null: none): compared with when it exists,
   * written by the baseline goal.
   */
  public record Checks(Map<String, Integer> levels, List<String> pathThresholds, String thresholdKinds,
      Path baselineFile) implements Serializable {
    public Checks {
      levels = new TreeMap<>(levels);
      pathThresholds = pathThresholds == null ? List.of() : List.copyOf(pathThresholds);
    }

    /** Every rule at its default levels, held to source files only, no baseline. */
    public static Checks defaults() {
      Map<String, Integer> levels = new TreeMap<>();
      for (Rule rule : Rule.values()) {
        levels.put(rule.id() + ".warning", rule.defaultLimit().warning());
        levels.put(rule.id() + ".critical", rule.defaultLimit().critical());
      }
      return new Checks(levels, List.of(), Defaults.THRESHOLD_KINDS, null);
    }
  }

  /** When the build fails: at or above {@code failOn}, beyond the findings allowed, on a parse error. */
  public record Gating(String failOn, boolean failOnParseError, int maxAllowedCritical, int maxAllowedWarning)
      implements Serializable {
    public static Gating defaults() {
      return new Gating(Defaults.FAIL_ON, false, 0, 0);
    }
  }

  /**
   * How the run is executed: on how many threads (null: one per processor), with the cache and run record
   * in the output directory or not, where files are parsed ({@code fork}: auto, always, never) and the class
   * path a worker JVM runs from (empty: none can be started).
   */
  public record Execution(Integer threads, boolean cache, String fork, List<Path> workerClasspath)
      implements Serializable {
    public Execution {
      workerClasspath = workerClasspath == null ? List.of() : List.copyOf(workerClasspath);
    }

    /** Every processor, the cache on, parsing in this JVM. */
    public static Execution inThisJvm() {
      return new Execution(null, true, "never", List.of());
    }
  }

  /**
   * Where the reports go ({@code outsideBuildDirectory}: there because the user said so, which the log
   * tells) and which formats are written (comma-separated).
   */
  public record Output(Path directory, boolean outsideBuildDirectory, String formats) implements Serializable {
    public static Output in(Path directory) {
      return new Output(directory, false, Defaults.FORMATS);
    }
  }

  /**
   * Whether code copied across files is looked for ({@code duplicates}), and how large a copy must be to
   * count ({@code duplicates.minTokens}, {@code duplicates.minLines}).
   */
  public record Duplicates(boolean enabled, int minTokens, int minLines) implements Serializable {
    public static Duplicates defaults() {
      return new Duplicates(Boolean.parseBoolean(Defaults.DUPLICATES),
          Integer.parseInt(Defaults.DUPLICATES_MIN_TOKENS), Integer.parseInt(Defaults.DUPLICATES_MIN_LINES));
    }
  }

  /** The setting named {@code key} in the core ({@code since}), as the user knows it: {@link #settingPrefix} before it. */
  public String setting(String key) {
    return settingPrefix + key;
  }

  /** A configuration of {@code project} with every default, settings named as in the core. */
  public static RunConfig defaults(Project project, Path outputDirectory) {
    return new RunConfig(project, Inputs.defaults(), Checks.defaults(), Gating.defaults(), Execution.inThisJvm(),
        Output.in(outputDirectory), "", Duplicates.defaults());
  }

  public RunConfig withInputs(Inputs changed) {
    return new RunConfig(project, changed, checks, gating, execution, output, settingPrefix, duplicates);
  }

  public RunConfig withChecks(Checks changed) {
    return new RunConfig(project, inputs, changed, gating, execution, output, settingPrefix, duplicates);
  }

  public RunConfig withGating(Gating changed) {
    return new RunConfig(project, inputs, checks, changed, execution, output, settingPrefix, duplicates);
  }

  public RunConfig withExecution(Execution changed) {
    return new RunConfig(project, inputs, checks, gating, changed, output, settingPrefix, duplicates);
  }

  public RunConfig withOutput(Output changed) {
    return new RunConfig(project, inputs, checks, gating, execution, changed, settingPrefix, duplicates);
  }

  public RunConfig withDuplicates(Duplicates changed) {
    return new RunConfig(project, inputs, checks, gating, execution, output, settingPrefix, changed);
  }
}
